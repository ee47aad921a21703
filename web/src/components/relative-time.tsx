import { formatDateTime } from '../lib/format'
import { formatRelativeTime } from '../lib/relative-time'

/** Props of {@link RelativeTime}. */
export interface RelativeTimeProps {
  /** ISO 8601 timestamp, or null when there is none. */
  value: string | null
  /** The current time (epoch ms). */
  now: number
  /** Shown (muted) when `value` is null, e.g. "never". */
  empty: string
  /** Text to show instead of the plain relative time ("due 3 hours ago"). */
  text?: string
}

/** A timestamp as "5 minutes ago", with the exact time (UTC) in its title. */
export function RelativeTime({ value, now, empty, text }: RelativeTimeProps) {
  if (!value) {
    return <span className="muted">{empty}</span>
  }
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {text ?? formatRelativeTime(value, now)}
    </time>
  )
}
