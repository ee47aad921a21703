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
