/**
 * The publication time as the outlet's own clock showed it. Templates read the digits of the ISO
 * string rather than going through `Date`, so output never depends on the machine's time zone.
 */
import { PUBLISHED_PATTERN } from './article-checks.ts'
import type { ArticleSource } from './article-source.ts'

/** Local calendar fields of `published`, zero-padded as in the source. */
export interface PublishedParts {
  readonly yyyy: string
  readonly mm: string
  readonly dd: string
  readonly hh: string
  readonly min: string
  /** `+04:00`, `-05:00` or `Z`. */
  readonly offset: string
}

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** Splits `article.published` into its local fields; throws if it is not in the source format. */
export function publishedParts(article: ArticleSource): PublishedParts {
  const m = PUBLISHED_PATTERN.exec(article.published)
  if (!m) {
    throw new Error(`${article.slug}: published "${article.published}" is not ISO 8601`)
  }
  return {
    yyyy: m[1] ?? '',
    mm: m[2] ?? '',
    dd: m[3] ?? '',
    hh: m[4] ?? '',
    min: m[5] ?? '',
    offset: m[7] ?? '',
  }
}

/** `29 November 2019`. */
export function longDate(parts: PublishedParts): string {
  return `${Number(parts.dd)} ${MONTHS[Number(parts.mm) - 1] ?? ''} ${parts.yyyy}`
}

/** Days from 2000-01-01 to the local publication date. */
export function localDayNumber(parts: PublishedParts): number {
  const ms = Date.UTC(Number(parts.yyyy), Number(parts.mm) - 1, Number(parts.dd))
  return Math.round((ms - Date.UTC(2000, 0, 1)) / 86_400_000)
}
