/**
 * Relative times ("5 minutes ago", "in 2 hours") for timestamps near now. Fixed locale (en-GB)
 * like the rest of the desk; `now` is passed in so the output is deterministic.
 * @module
 */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const relativeFormat = new Intl.RelativeTimeFormat('en-GB', { numeric: 'always' })

/**
 * The units, smallest first: a unit is used while the rounded count stays below `below`, so
 * 59.6 minutes reads "1 hour ago", not "60 minutes ago". Months are 30 days, years 365.
 */
const STEPS: readonly { unit: Intl.RelativeTimeFormatUnit; ms: number; below: number }[] = [
  { unit: 'minute', ms: MINUTE, below: 60 },
  { unit: 'hour', ms: HOUR, below: 24 },
  { unit: 'day', ms: DAY, below: 30 },
  { unit: 'month', ms: 30 * DAY, below: 12 },
  { unit: 'year', ms: 365 * DAY, below: Infinity },
]

/**
 * How long ago (or how far ahead) `value`, an ISO 8601 timestamp, is from `now` (epoch ms):
 * "just now" and "in under a minute" within a minute, then minutes, hours, days, months and
 * years, rounded. Returns '' for null and the input unchanged when it is not a date.
 */
export function formatRelativeTime(value: string | null, now: number): string {
  if (!value) {
    return ''
  }
  const time = Date.parse(value)
  if (Number.isNaN(time)) {
    return value
  }
  const diff = time - now
  const distance = Math.abs(diff)
  if (distance < MINUTE) {
    return diff <= 0 ? 'just now' : 'in under a minute'
  }
  const sign = diff < 0 ? -1 : 1
  for (const { unit, ms, below } of STEPS) {
    const count = Math.round(distance / ms)
    if (count < below) {
      return relativeFormat.format(sign * count, unit)
    }
  }
  // Unreachable: the last step has no upper bound.
  return value
}
