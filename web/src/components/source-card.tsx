import type { Source } from '../api/types'
import {
  describeNextPoll,
  formatInterval,
  formatItemsPerDay,
  hasErrorSinceSuccess,
} from '../lib/sources'
import { RelativeTime } from './relative-time'

/** Props of {@link SourceCard}. */
export interface SourceCardProps {
  source: Source
  /** The current time (epoch ms), for the relative times. */
  now: number
}

/**
 * One watched source: its URL (a link), a warning when its health has one, polling and item
 * figures, and its last error while it has not succeeded since.
 */
export function SourceCard({ source, now }: SourceCardProps) {
  const { health } = source
  const titleId = `source-${source.id}-title`
  const className = health.warning ? 'source-card source-card-warning' : 'source-card'
  return (
    <article className={className} aria-labelledby={titleId}>
      <h2 id={titleId} className="source-url">
        <a href={source.url} rel="noopener noreferrer external" target="_blank">
          {source.url}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </h2>
      {health.warning ? (
        <p className="source-warning" data-kind="source-warning">
          <span className="source-warning-icon" aria-hidden="true">
            ⚠
          </span>
          <strong>Warning:</strong> {health.warning}
        </p>
      ) : null}
      <dl className="source-facts">
        <div>
          <dt>Polled every</dt>
          <dd>{formatInterval(source.intervalSeconds)}</dd>
        </div>
        <div>
          <dt>Last success</dt>
          <dd>
            <RelativeTime value={source.lastSuccessAt} now={now} empty="never" />
          </dd>
        </div>
        <div>
          <dt>Items per day</dt>
          <dd title="Items first seen in the last 7 days, per day">
            {formatItemsPerDay(health.itemsPerDay)}
          </dd>
        </div>
        <div>
          <dt>Items seen</dt>
          <dd>{health.itemsSeen.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Last item</dt>
          <dd>
            <RelativeTime value={health.lastItemAt} now={now} empty="none yet" />
          </dd>
        </div>
        <div>
          <dt>Next poll</dt>
          <dd>
            <RelativeTime
              value={source.nextPollAt}
              now={now}
              empty="not scheduled"
              text={describeNextPoll(source.nextPollAt, now)}
            />
          </dd>
        </div>
      </dl>
      {hasErrorSinceSuccess(source) ? (
        <p className="source-error">
          <strong>Last error</strong>
          {source.lastErrorAt ? (
            <>
              {' '}
              (<RelativeTime value={source.lastErrorAt} now={now} empty="" />)
            </>
          ) : null}
          : <span className="source-error-message">{source.lastError}</span>
        </p>
      ) : null}
    </article>
  )
}
