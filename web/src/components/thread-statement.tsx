import { Link } from 'react-router'
import type { ThreadStatement } from '../api/types'
import { formatDate, truncate } from '../lib/format'
import { ActorName } from './actor-name'

/** Props of {@link ThreadStatementItem}. */
export interface ThreadStatementItemProps {
  statement: ThreadStatement
  /** Shown before the speaker ("Answer by"). */
  lead?: string
}

/** A statement with its speaker, quotes, article and a link to its thread. */
export function ThreadStatementItem({ statement, lead }: ThreadStatementItemProps) {
  return (
    <div className="thread-statement" data-kind="statement" data-statement={statement.id}>
      <p>
        {lead ? <span className="muted">{lead} </span> : null}
        <ActorName name={statement.speaker.name} actor={statement.speaker.actor} />
        {statement.published ? (
          <>
            {' · '}
            <time dateTime={statement.published}>{formatDate(statement.published)}</time>
          </>
        ) : null}
      </p>
      {statement.quotes.length > 0 ? (
        <ul className="statement-quotes">
          {statement.quotes.map((text, index) => (
            <li key={index}>“{truncate(text, 200)}”</li>
          ))}
        </ul>
      ) : null}
      <p className="muted thread-links">
        In{' '}
        <Link to={`/articles/${encodeURIComponent(statement.articleId)}`}>
          {statement.articleTitle}
        </Link>
        {' · '}
        <Link to={`/threads/${encodeURIComponent(statement.id)}`}>
          Thread
          <span className="visually-hidden"> of this statement by {statement.speaker.name}</span>
        </Link>
      </p>
    </div>
  )
}
