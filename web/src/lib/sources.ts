/**
 * What the sources page derives from `GET /api/sources`: the order, which errors still matter,
 * and how intervals, rates and the next poll read.
 * @module
 */

import type { Source } from '../api/types'
import { formatRelativeTime } from './relative-time'

/**
 * The sources to show, those with a warning first; otherwise the API's order (oldest first) is
 * kept. Returns a new array.
 */
export function sortSources(sources: readonly Source[]): Source[] {
  return sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => warningRank(a.source) - warningRank(b.source) || a.index - b.index)
    .map(({ source }) => source)
}

function warningRank(source: Source): number {
  return source.health.warning ? 0 : 1
}

/** How many of `sources` carry a warning. */
export function countWarnings(sources: readonly Source[]): number {
  return sources.filter((source) => source.health.warning).length
}

/**
 * True when the source's last error is still current: it has an error and has not succeeded
 * since (no success at all, or the error is newer than the last success).
 */
export function hasErrorSinceSuccess(
  source: Pick<Source, 'lastError' | 'lastErrorAt' | 'lastSuccessAt'>,
): boolean {
  const { lastError, lastErrorAt, lastSuccessAt } = source
  if (!lastError) {
    return false
  }
  if (!lastSuccessAt) {
    return true
  }
  if (!lastErrorAt) {
    return false
  }
  return Date.parse(lastErrorAt) > Date.parse(lastSuccessAt)
}

/** A polling interval: "15 min", "2 h", "1 h 30 min", "1 day", "90 s" → "1 min 30 s". */
export function formatInterval(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return '—'
  }
  const parts: string[] = []
  let rest = Math.round(seconds)
  for (const [size, one, many] of [
    [86_400, 'day', 'days'],
    [3_600, 'h', 'h'],
    [60, 'min', 'min'],
    [1, 's', 's'],
  ] as const) {
    const count = Math.floor(rest / size)
    rest -= count * size
    if (count > 0) {
      parts.push(`${String(count)} ${count === 1 ? one : many}`)
    }
  }
  return parts.join(' ')
}

/** Items per day with at most one decimal: "4.3", "12", "0". */
export function formatItemsPerDay(perDay: number): string {
  return perDay.toLocaleString('en-GB', { maximumFractionDigits: 1 })
}

/**
 * When the next poll happens, relative to `now` (epoch ms): "in 10 minutes" ahead, "due now"
 * within a minute past, "due 3 hours ago" when overdue (the watcher is not running, or busy).
 */
export function describeNextPoll(nextPollAt: string, now: number): string {
  const time = Date.parse(nextPollAt)
  if (Number.isNaN(time)) {
    return nextPollAt
  }
  if (time > now) {
    return formatRelativeTime(nextPollAt, now)
  }
  if (now - time < 60_000) {
    return 'due now'
  }
  return `due ${formatRelativeTime(nextPollAt, now)}`
}
