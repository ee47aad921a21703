import type { Quote } from '../api/types'
import { ActorName } from './actor-name'

/** Props of {@link QuoteItem}. */
export interface QuoteItemProps {
  quote: Quote
}

/** A quote in the side panel: its text, then speaker, cue and whether it is direct. */
export function QuoteItem({ quote }: QuoteItemProps) {
  return (
    <figure className="quote-item">
      <blockquote>{quote.text}</blockquote>
      <figcaption>
        <ActorName
          name={quote.speaker.name}
          actor={quote.speaker.actor}
          role={quote.speaker.role}
        />
        <span className="muted">
          {' '}
          · {quote.cue} · {quote.type}
        </span>
      </figcaption>
    </figure>
  )
}
