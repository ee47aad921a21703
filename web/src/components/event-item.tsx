import type { CodedEvent, EventParty } from '../api/types'
import { formatDate, formatGoldstein } from '../lib/format'
import { ActorName } from './actor-name'

/** Props of {@link EventItem}. */
export interface EventItemProps {
  event: CodedEvent
}

/** A coded event: CAMEO code and label, source → target, date, place, Goldstein score. */
export function EventItem({ event }: EventItemProps) {
  return (
    <div className="event-item">
      <p className="event-head">
        <code className="tag tag-code" title={`CAMEO root ${event.root}`}>
          {event.code}
        </code>{' '}
        <span className="event-label">{event.label}</span>
      </p>
      <p>
        <Party party={event.source} />
        {event.target ? (
          <>
            {' '}
            <span aria-hidden="true">→</span>
            <span className="visually-hidden">towards</span> <Party party={event.target} />
          </>
        ) : null}
      </p>
      <p className="muted">
        {[
          event.date ? formatDate(event.date) : null,
          event.location?.name ?? null,
          `Goldstein ${formatGoldstein(event.goldstein)}`,
          event.plover ? `PLOVER ${event.plover}` : null,
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      </p>
    </div>
  )
}

function Party({ party }: { party: EventParty }) {
  return <ActorName name={party.name} actor={party.actor} />
}
