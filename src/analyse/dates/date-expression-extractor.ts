import { MONTH_PATTERN, monthNumber, toIsoDate } from '../../extract/dates/parse-date.ts'
import type { DateAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\b(?:,?\\s+(\\d{4})\\b)?`,
  'gi',
)
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
  'gi',
)
const RELATIVE =
  /\b(yesterday|today|tomorrow|last week|(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/gi

const MONTH_ONLY = new RegExp(
  `\\b(?:in|since|by|until|during|from|of|early|late|mid|mid-)\\s+(?:early\\s+|late\\s+|mid-?)?(${MONTH_PATTERN})\\b(?:\\s+(\\d{4})\\b)?`,
  'gi',
)
const PERIOD =
  /\b(?:earlier|later)\s+this\s+(?:month|week)|\b(?:this|last|next)\s+(?:month|week)|\b(?:two|three|four|five|six|\d{1,2})\s+(?:days|weeks)\s+ago|\ba\s+(?:day|week)\s+ago|\bthe\s+day\s+before\s+yesterday/gi
const BARE_WEEKDAY =
  /(?<=\b(?:said|says|announced|reported|met|held|signed|told|added|on|late|early)\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g
const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
}

const DAY_MS = 86_400_000

/**
 * Finds date expressions and normalises them against the reference date (the publication date):
 * "On 28 November" in an article of 29 November 2019 is 2019-11-28, "yesterday" the day before,
 * "on Monday" the last Monday up to the reference. A day and month without a year take the
 * reference's year, or the year before when that would put them well after the reference.
 */
export class DateExpressionExtractor implements Extractor {
  readonly name = 'dates/expressions'

  extract(context: ExtractContext): DateAnnotation[] {
    const { body } = context.document
    const out: DateAnnotation[] = []
    const ref = context.reference
    const push = (
      start: number,
      text: string,
      date: string | null,
      certainty: 'stated' | 'inferred',
    ): void => {
      if (date && !out.some((a) => start < a.end && a.start < start + text.length)) {
        out.push({
          kind: 'date',
          start,
          end: start + text.length,
          text,
          value: { date },
          certainty,
          tags: [`extractor/${this.name}`],
        })
      }
    }
    for (const m of body.matchAll(DAY_MONTH)) {
      push(
        m.index,
        m[0],
        resolve(ref, monthNumber(m[2]!), Number(m[1]), m[3]),
        m[3] ? 'stated' : 'inferred',
      )
    }
    for (const m of body.matchAll(MONTH_DAY)) {
      push(
        m.index,
        m[0],
        resolve(ref, monthNumber(m[1]!), Number(m[2]), m[3]),
        m[3] ? 'stated' : 'inferred',
      )
    }
    for (const m of body.matchAll(RELATIVE)) {
      push(m.index, m[0], relative(ref, m[0].toLowerCase()), 'inferred')
    }
    for (const m of body.matchAll(BARE_WEEKDAY)) {
      push(m.index, m[0], relative(ref, `on ${m[0].toLowerCase()}`), 'inferred')
    }
    for (const m of body.matchAll(PERIOD)) {
      push(m.index, m[0], period(ref, m[0].toLowerCase()), 'inferred')
    }
    for (const m of body.matchAll(MONTH_ONLY)) {
      // A month alone is dated to its first day (or the reference day in the current month).
      push(m.index, m[0], monthDate(ref, monthNumber(m[1]!), m[2]), 'inferred')
    }
    return out
  }
}

function resolve(
  reference: Date,
  month: number | undefined,
  day: number,
  year: string | undefined,
): string | null {
  if (month === undefined) {
    return null
  }
  if (year) {
    return toIsoDate(Number(year), month, day)
  }
  const refYear = reference.getUTCFullYear()
  const candidate = Date.UTC(refYear, month - 1, day)
  // News reports the past: a date more than a month after the reference belongs to last year.
  const useYear = candidate - reference.getTime() > 31 * DAY_MS ? refYear - 1 : refYear
  return toIsoDate(useYear, month, day)
}

/**
 * Periods relative to the reference: "earlier this month" and "this month" the 1st of the
 * reference's month (the reference day itself when that is the 1st), "last month" the 1st of
 * the month before, "last week" seven days back, "N days ago" N days back.
 */
function period(reference: Date, phrase: string): string | null {
  const y = reference.getUTCFullYear()
  const m = reference.getUTCMonth()
  const shift = (days: number): string =>
    new Date(reference.getTime() + days * DAY_MS).toISOString().slice(0, 10)
  if (phrase.endsWith('month')) {
    if (phrase.startsWith('last')) {
      return new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10)
    }
    if (phrase.startsWith('next')) {
      return new Date(Date.UTC(y, m + 1, 1)).toISOString().slice(0, 10)
    }
    return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)
  }
  if (phrase.endsWith('week')) {
    const back = phrase.startsWith('last')
      ? 7
      : phrase.startsWith('next')
        ? -7
        : phrase.startsWith('earlier')
          ? 2
          : 0
    return shift(-back)
  }
  if (phrase.includes('day before yesterday')) {
    return shift(-2)
  }
  const ago = /^(\w+)\s+(day|week)s?\s+ago$/.exec(phrase)
  if (ago) {
    const n = NUMBERS[ago[1]!] ?? Number(ago[1])
    return shift(-n * (ago[2] === 'week' ? 7 : 1))
  }
  return null
}

/** "in September": the last September not after the reference; with a year, that year. */
function monthDate(
  reference: Date,
  month: number | undefined,
  year: string | undefined,
): string | null {
  if (month === undefined) {
    return null
  }
  const refYear = reference.getUTCFullYear()
  const useYear = year ? Number(year) : month - 1 > reference.getUTCMonth() ? refYear - 1 : refYear
  return toIsoDate(useYear, month, 1)
}

function relative(reference: Date, phrase: string): string | null {
  const shift = (days: number): string =>
    new Date(reference.getTime() + days * DAY_MS).toISOString().slice(0, 10)
  if (phrase === 'yesterday') {
    return shift(-1)
  }
  if (phrase === 'today') {
    return shift(0)
  }
  if (phrase === 'tomorrow') {
    return shift(1)
  }
  if (phrase === 'last week') {
    return shift(-7)
  }
  const [which, dayName] = phrase.split(/\s+/) as [string, string]
  const target = WEEKDAYS.indexOf(dayName)
  const today = reference.getUTCDay()
  if (which === 'next') {
    return shift((target - today + 7) % 7 || 7)
  }
  // "on Monday" in news means the most recent Monday, not counting the publication day itself.
  const back = (today - target + 7) % 7 || 7
  return shift(back === 7 && which !== 'last' ? 0 : -back)
}
