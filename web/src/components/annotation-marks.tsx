import { Fragment } from 'react'
import { Link } from 'react-router'
import type { Annotation } from '../lib/annotations'
import { formatDate } from '../lib/format'
import type { MarkSegment, Segment } from '../lib/segments'

/** Props of {@link SegmentList}. */
export interface SegmentListProps {
  segments: readonly Segment<Annotation>[]
  /** True inside a link: nested actor mentions then render as plain marks, not links. */
  insideLink: boolean
}

/** Renders a segment tree from `nestSpans`: text as is, marks as {@link AnnotationMark}. */
export function SegmentList({ segments, insideLink }: SegmentListProps) {
  return (
    <>
      {segments.map((segment) =>
        segment.type === 'text' ? (
          <Fragment key={segment.start}>{segment.text}</Fragment>
        ) : (
          <AnnotationMark key={segment.start} segment={segment} insideLink={insideLink} />
        ),
      )}
    </>
  )
}

/** Props of {@link AnnotationMark}. */
export interface AnnotationMarkProps {
  segment: MarkSegment<Annotation>
  insideLink: boolean
}

/**
 * One marked piece of the body. Actor mentions are links to the actor's page (a plain mark
 * when already inside a link: links cannot nest); quotes and events are `<mark>`; dates are
 * `<time>`. Every mark carries `data-kind`; pieces of a split span carry `data-part`.
 */
export function AnnotationMark({ segment, insideLink }: AnnotationMarkProps) {
  const annotation = segment.span
  const common = {
    className: markClass(segment),
    'data-kind': annotation.kind,
    'data-start': segment.first ? annotation.start : undefined,
    'data-part': segment.first && segment.last ? undefined : segment.first ? 'first' : 'rest',
  }
  const children = (linked: boolean) => (
    <SegmentList segments={segment.children} insideLink={insideLink || linked} />
  )
  switch (annotation.kind) {
    case 'actor':
      return insideLink ? (
        <span {...common} title={annotation.label}>
          {children(false)}
        </span>
      ) : (
        <Link
          {...common}
          to={`/actors/${encodeURIComponent(annotation.actorId)}`}
          title={annotation.label}
        >
          {children(true)}
        </Link>
      )
    case 'quote': {
      const { speaker, cue, type } = annotation.quote
      const what = type === 'direct' ? 'Quote' : 'Indirect quote'
      return (
        <mark {...common} title={`${what}: ${speaker.name} (${cue})`}>
          {children(false)}
        </mark>
      )
    }
    case 'event': {
      const { code, label, source, target } = annotation.event
      const parties = target ? `${source.name} → ${target.name}` : source.name
      return (
        <mark {...common} title={`Event ${code} ${label}: ${parties}`}>
          {children(false)}
        </mark>
      )
    }
    case 'date':
      return (
        <time
          {...common}
          dateTime={annotation.date.value}
          title={formatDate(annotation.date.value)}
        >
          {children(false)}
        </time>
      )
  }
}

/** `ann ann-<kind>`, plus `ann-cont` / `ann-open` on pieces that continue or are continued. */
function markClass(segment: MarkSegment<Annotation>): string {
  const names = ['ann', `ann-${segment.span.kind}`]
  if (!segment.first) {
    names.push('ann-cont')
  }
  if (!segment.last) {
    names.push('ann-open')
  }
  return names.join(' ')
}
