import type { SnippetSegment } from '../api/types'

/** Props of {@link Snippet}. */
export interface SnippetProps {
  segments: readonly SnippetSegment[]
}

/** A search snippet with the matching words in `<mark>`. */
export function Snippet({ segments }: SnippetProps) {
  return (
    <p className="snippet">
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index}>{segment.text}</mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  )
}
