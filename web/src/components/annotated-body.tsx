import { useMemo } from 'react'
import type { ArticleRecord } from '../api/types'
import { collectAnnotations, compareAnnotationKinds } from '../lib/annotations'
import { splitParagraphs } from '../lib/paragraphs'
import { nestSpans } from '../lib/segments'
import { SegmentList } from './annotation-marks'

/** Props of {@link AnnotatedBody}. */
export interface AnnotatedBodyProps {
  record: ArticleRecord
}

/**
 * The article's clean body, one `<p>` per paragraph, with actor mentions, quotes, events and
 * dates marked inline (`data-kind` on each mark).
 */
export function AnnotatedBody({ record }: AnnotatedBodyProps) {
  const paragraphs = useMemo(() => {
    const annotations = collectAnnotations(record)
    return splitParagraphs(record.body).map((range) => ({
      range,
      segments: nestSpans(record.body, annotations, {
        start: range.start,
        end: range.end,
        compare: compareAnnotationKinds,
      }),
    }))
  }, [record])
  return (
    <div className="article-body">
      {paragraphs.map(({ range, segments }) => (
        <p key={range.start}>
          <SegmentList segments={segments} insideLink={false} />
        </p>
      ))}
    </div>
  )
}
