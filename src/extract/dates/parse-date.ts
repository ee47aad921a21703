/** A calendar date read from text, with the time when the text gives one. */
export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  date: string
  /** Full ISO 8601 when a time of day was given, else null. */
  dateTime: string | null
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  // Russian: the genitive that datelines use ("29 ноября 2019"), then the nominative.
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  январь: 1,
  февраль: 2,
  март: 3,
  апрель: 4,
  май: 5,
  июнь: 6,
  июль: 7,
  август: 8,
  сентябрь: 9,
  октябрь: 10,
  ноябрь: 11,
  декабрь: 12,
}

/** Month names as a regex alternation, longest first so "September" wins over "Sep". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`,
  'i',
)
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
)
const NUMERIC_DMY = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/
const CLOCK = /\b(\d{1,2}):(\d{2})\b/
/** A zone after the time of day: "GMT+4", "UTC+03:00", "+0400". */
const ZONE = /^\s*(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})?\b/
const AGO = /\b(\d+|an?|one)\s+(minute|hour|day|week)s?\s+ago\b/i

/** Zero-pads and checks a calendar date; null when it does not exist (31 February). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) {
    return null
  }
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCDate() !== day) {
    return null
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Month number of an English month name or abbreviation, or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')]
}

/**
 * Reads a date from metadata or a visible dateline: ISO 8601, "29 November 2019",
 * "Nov 29, 2019 14:05", "29.11.2019", and "2 days ago" against `reference` (the fetch time).
 * Returns null when the text holds no date.
 *
 * @example
 * parseDateString('Nov 29, 2019 14:05') // { date: '2019-11-29', dateTime: '2019-11-29T14:05:00' }
 */
export function parseDateString(text: string, reference?: Date): ParsedDate | null {
  const trimmed = text.trim()
  const iso = ISO.exec(trimmed)
  if (iso) {
    const date = toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    if (!date) {
      return null
    }
    if (iso[4] === undefined) {
      return { date, dateTime: null }
    }
    const zone = iso[7] ? normalizeZone(iso[7]) : ''
    return { date, dateTime: `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}` }
  }
  const date = calendarDate(trimmed)
  if (date) {
    const clock = CLOCK.exec(trimmed)
    const valid = clock && Number(clock[1]) < 24 && Number(clock[2]) < 60
    if (!valid) {
      return { date, dateTime: null }
    }
    const zone = ZONE.exec(trimmed.slice(clock.index + clock[0].length))
    const offset = zone ? `${zone[1]}${zone[2]!.padStart(2, '0')}:${zone[3] ?? '00'}` : ''
    return { date, dateTime: `${date}T${clock[1]!.padStart(2, '0')}:${clock[2]}:00${offset}` }
  }
  const ago = AGO.exec(trimmed)
  if (ago && reference) {
    const count = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : 1
    const unitMs = { minute: 60e3, hour: 3600e3, day: 86400e3, week: 7 * 86400e3 }[
      ago[2]!.toLowerCase() as 'minute' | 'hour' | 'day' | 'week'
    ]
    const when = new Date(reference.getTime() - count * unitMs)
    return { date: when.toISOString().slice(0, 10), dateTime: null }
  }
  return null
}

function calendarDate(text: string): string | null {
  const dmy = DAY_MONTH_YEAR.exec(text)
  if (dmy) {
    return toIsoDate(Number(dmy[3]), monthNumber(dmy[2]!) ?? 0, Number(dmy[1]))
  }
  const mdy = MONTH_DAY_YEAR.exec(text)
  if (mdy) {
    return toIsoDate(Number(mdy[3]), monthNumber(mdy[1]!) ?? 0, Number(mdy[2]))
  }
  const numeric = NUMERIC_DMY.exec(text)
  if (numeric) {
    return toIsoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
  }
  return null
}

function normalizeZone(zone: string): string {
  if (zone === 'Z') {
    return 'Z'
  }
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
}
