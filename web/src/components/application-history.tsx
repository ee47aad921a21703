/** One event in an application's history, as the API answers it. */
export interface ApplicationEvent {
  kind: 'status' | 'note' | 'download' | 'mail' | 'scan' | 'purge'
  actor: string
  detail: string
  at: string
}

const LABEL: Record<ApplicationEvent['kind'], string> = {
  status: 'Status',
  note: 'Note',
  download: 'Downloaded',
  mail: 'E-mail sent',
  scan: 'Scanned',
  purge: 'Files deleted',
}

/** An application's history, oldest first: status changes, notes, downloads and mail. */
export function ApplicationHistory({ events }: { events: ApplicationEvent[] }) {
  return (
    <ol className="application-history">
      {events.map((event, i) => (
        <li key={`${event.at}-${i}`}>
          <time dateTime={event.at}>{event.at.slice(0, 16).replace('T', ' ')}</time>{' '}
          <strong>{LABEL[event.kind]}</strong> {event.detail}{' '}
          <span className="muted">({event.actor})</span>
        </li>
      ))}
    </ol>
  )
}
