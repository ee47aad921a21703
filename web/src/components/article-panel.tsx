import { Link } from 'react-router'
import type { ArticleRecord } from '../api/types'
import { ActorName } from './actor-name'
import { EventItem } from './event-item'
import { PanelSection } from './panel-section'
import { QuoteItem } from './quote-item'
import { StatementItem } from './statement-item'

/** Props of {@link ArticlePanel}. */
export interface ArticlePanelProps {
  record: ArticleRecord
}

/** The side panel of an article: actors, quotes, statements, events and references. */
export function ArticlePanel({ record }: ArticlePanelProps) {
  const { actors, quotes, statements, events, references } = record
  const empty = actors.length + quotes.length + events.length + references.length === 0
  return (
    <aside className="article-panel" aria-label="What the article contains">
      {empty ? (
        <p className="empty">No actors, quotes or events were found in this article.</p>
      ) : null}
      <PanelSection id="actors" title="Actors" count={actors.length}>
        <ul className="panel-list">
          {actors.map((actor) => (
            <li key={actor.id}>
              <ActorName name={actor.name} actor={actor.id} role={actor.role} />
              <span className="tags">
                <span className="tag">{actor.kind}</span>
                {actor.country ? <span className="tag">{actor.country}</span> : null}
                {actor.cameo ? <span className="tag tag-code">{actor.cameo}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      </PanelSection>
      <PanelSection id="quotes" title="Quotes" count={quotes.length}>
        <ol className="panel-list">
          {quotes.map((quote, index) => (
            <li key={index}>
              <QuoteItem quote={quote} />
            </li>
          ))}
        </ol>
      </PanelSection>
      <PanelSection id="statements" title="Statements" count={statements.length}>
        <ol className="panel-list">
          {statements.map((statement) => (
            <li key={statement.id}>
              <StatementItem statement={statement} record={record} />
            </li>
          ))}
        </ol>
      </PanelSection>
      <PanelSection id="events" title="Events" count={events.length}>
        <ol className="panel-list">
          {events.map((event, index) => (
            <li key={index}>
              <EventItem event={event} />
            </li>
          ))}
        </ol>
      </PanelSection>
      <PanelSection id="references" title="References" count={references.length}>
        <ul className="panel-list">
          {references.map((reference, index) => (
            <li key={index}>
              {reference.article ? (
                <Link to={`/articles/${encodeURIComponent(reference.article)}`}>
                  {reference.text}
                </Link>
              ) : (
                <span>{reference.text}</span>
              )}
              {reference.publisher ? <span className="muted"> — {reference.publisher}</span> : null}
            </li>
          ))}
        </ul>
      </PanelSection>
    </aside>
  )
}
