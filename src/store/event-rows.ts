import type { ArticleRecord, EventParty } from '../core/article.ts'

/** A coded event as the `event_rows` table holds it (migration 030). */
export interface EventRow {
  article_id: string
  idx: number
  /** The event's date, else the article's day (`YYYY-MM-DD`). */
  day: string | null
  /** The Monday of the ISO week of `day`. */
  week: string | null
  code: string
  root: string
  /** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: number
  goldstein: number
  label: string
  source_actor: string | null
  source_name: string
  /** The ISO3 country of the source, when known. */
  source_side: string | null
  target_actor: string | null
  target_name: string | null
  target_side: string | null
  /** The two sides' countries sorted and joined (`ARM-AZE`) when both are known and differ. */
  dyad: string | null
  span_start: number
  span_end: number
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}/
const DAY_MS = 86_400_000

/** The CAMEO quad class of a root: 01–05 verbal and 06–08 material cooperation, 09–13 verbal and 14–20 material conflict. */
export function quadClass(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root)
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4
}

/** The Monday (UTC) of the ISO week a `YYYY-MM-DD` day falls in. */
export function weekOf(day: string): string {
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`)
  const weekday = (new Date(time).getUTCDay() + 6) % 7
  return new Date(time - weekday * DAY_MS).toISOString().slice(0, 10)
}

/** A dyad key: two ISO3 codes sorted and joined by a hyphen (`AZE`, `ARM` → `ARM-AZE`). */
export function dyadKey(a: string, b: string): string {
  return [a, b].sort().join('-')
}

/** The rows of a record's events (hypothetical events are not in `events` and stay out). */
export function eventRows(record: ArticleRecord): EventRow[] {
  const countries = new Map(record.actors.map((a) => [a.id, a.country]))
  const side = (party: EventParty | null): string | null =>
    party?.actor ? (countries.get(party.actor) ?? null) : null
  const published = record.published && DAY_PATTERN.test(record.published) ? record.published : null
  return record.events.map((event, idx) => {
    const dated = event.date && DAY_PATTERN.test(event.date) ? event.date : published
    const day = dated ? dated.slice(0, 10) : null
    const source = side(event.source)
    const target = side(event.target)
    return {
      article_id: record.id,
      idx,
      day,
      week: day ? weekOf(day) : null,
      code: event.code,
      root: event.root,
      quad: quadClass(event.root),
      goldstein: event.goldstein,
      label: event.label,
      source_actor: event.source.actor,
      source_name: event.source.name,
      source_side: source,
      target_actor: event.target?.actor ?? null,
      target_name: event.target?.name ?? null,
      target_side: target,
      dyad: source && target && source !== target ? dyadKey(source, target) : null,
      span_start: event.start,
      span_end: event.end,
    }
  })
}
