/**
 * Formatting of dates, outlets and periods for display. Fixed locale (en-GB) so the desk reads
 * the same everywhere and tests are deterministic.
 * @module
 */

import type { ArticleSource } from '../api/types'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * Formats `YYYY-MM-DD` or a full ISO 8601 timestamp as "28 Nov 2019" (the calendar date as
 * written, in UTC). Returns the input unchanged when it is not a date, and '' for null.
 */
export function formatDate(value: string | null): string {
  if (!value) {
    return ''
  }
  const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(time)) {
    return value
  }
  return dayFormat.format(time)
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
})

/**
 * Formats an ISO 8601 timestamp as "28 Nov 2019, 14:05 UTC". Returns the input unchanged when
 * it is not a date, and '' for null.
 */
export function formatDateTime(value: string | null): string {
  if (!value) {
    return ''
  }
  const time = Date.parse(value)
  if (Number.isNaN(time)) {
    return value
  }
  return `${dateTimeFormat.format(time)} UTC`
}

/** The outlet's display name: its name, else its domain, else "Unknown outlet". */
export function outletName(source: ArticleSource): string {
  return source.name ?? source.domain ?? 'Unknown outlet'
}

/** A period such as "2018 – 2021", "since 2018", "until 2021", or '' when both ends are unknown. */
export function formatPeriod(from: string | null, to: string | null): string {
  const start = formatDate(from)
  const end = formatDate(to)
  if (start && end) {
    return `${start} – ${end}`
  }
  if (start) {
    return `since ${start}`
  }
  if (end) {
    return `until ${end}`
  }
  return ''
}

/** "1 article", "2 articles". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
}

/** A Goldstein score with its sign: "+3.0", "−5.0", "0.0". */
export function formatGoldstein(score: number): string {
  const text = Math.abs(score).toFixed(1)
  if (score > 0) {
    return `+${text}`
  }
  if (score < 0) {
    return `−${text}`
  }
  return text
}

/** Shortens `text` to at most `max` characters, cutting at a word and adding "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text
  }
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
