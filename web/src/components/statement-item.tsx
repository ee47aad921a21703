import { Link } from 'react-router'
import type { ArticleRecord, Statement } from '../api/types'
import { truncate } from '../lib/format'
import { ActorName } from './actor-name'

/** Props of {@link StatementItem}. */
export interface StatementItemProps {
  statement: Statement
  /** The article the statement belongs to (for its quotes and local responses). */
  record: ArticleRecord
}

/** A statement: who made it, what it says (its quotes) and what it responds to. */
export function StatementItem({ statement, record }: StatementItemProps) {
  const { speaker, respondsTo } = statement
  const quotes = statement.quotes.flatMap((index) => {
    const quote = record.quotes[index]
    return quote ? [{ index, text: quote.text }] : []
  })
  const elsewhere =
    respondsTo?.article && respondsTo.article !== record.id ? respondsTo.article : null
  const local = respondsTo?.statement
    ? record.statements.some((other) => other.id === respondsTo.statement)
    : false
  return (
    <div className="statement-item">
      <p>
        <ActorName name={speaker.name} actor={speaker.actor} role={speaker.role} />
      </p>
      {quotes.length > 0 ? (
        <ul className="statement-quotes">
          {quotes.map(({ index, text }) => (
            <li key={index}>“{truncate(text, 160)}”</li>
          ))}
        </ul>
      ) : null}
      {respondsTo ? (
        <p className="responds-to">
          <span className="muted">Responds to </span>
          <ActorName name={respondsTo.speaker.name} actor={respondsTo.speaker.actor} />
          {elsewhere ? (
            <>
              {' '}
              in <Link to={`/articles/${encodeURIComponent(elsewhere)}`}>another article</Link>
            </>
          ) : local ? (
            <span className="muted"> earlier in this article</span>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
