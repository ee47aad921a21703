import type { Kysely } from 'kysely'
import type { Page, PageRequest } from '../core/article-summary.ts'
import type { Database } from './schema.ts'

const DAY = 86_400_000

/** One week of a dyad's events: how many of each quad class, and their mean Goldstein score. */
export interface DyadWeek {
  /** The Monday of the week, `YYYY-MM-DD`. */
  week: string
  events: number
  /** Events of quad class 1–4 (verbal/material cooperation, verbal/material conflict). */
  quads: [number, number, number, number]
  goldstein: number
}

/** A dyad's conflict–cooperation timeline: only the weeks that have events, oldest first. */
export interface DyadTimeline {
  dyad: string
  events: number
  /** Mean Goldstein score over all its events; null when there are none. */
  goldstein: number | null
  weeks: DyadWeek[]
}

/** The tension index of one dyad: its mean Goldstein score by week. */
export interface DyadTension {
  dyad: string
  events: number
  goldstein: number
  weeks: { week: string; events: number; goldstein: number }[]
}

/** An event of a dyad, with the sentence that reports it. */
export interface DyadEvent {
  articleId: string
  articleTitle: string
  published: string | null
  day: string | null
  code: string
  root: string
  quad: number
  label: string
  goldstein: number
  source: { actor: string | null; name: string; country: string | null }
  target: { actor: string | null; name: string | null; country: string | null }
  /** The event's span in the article body. */
  start: number
  end: number
  /** The sentence around the span. */
  sentence: string
}

/** Someone an actor had events or exchanges with. */
export interface Counterpart {
  actor: string
  name: string
  /** Events between the two, either way. */
  events: number
  /** Answers between the two, either way. */
  answers: number
}

/** Dates an event or statement query is limited to, `YYYY-MM-DD`, inclusive. */
export interface DayRange {
  from?: string | undefined
  to?: string | undefined
}

const SENTENCE_STOPS = ['. ', '\n', '? ', '! ']

const round = (n: number): number => Math.round(n * 100) / 100

/** The weeks of one dyad (`ARM-AZE`, sorted) with events by quad class and mean Goldstein. */
export async function dyadTimeline(
  db: Kysely<Database>,
  dyad: string,
  range: DayRange,
): Promise<DyadTimeline> {
  let query = db
    .selectFrom('event_rows as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select((eb) => [
      'e.week',
      'e.quad',
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number | string>('e.goldstein').as('g'),
    ])
    .where('a.duplicate_of', 'is', null)
    .where('e.dyad', '=', dyad)
    .where('e.week', 'is not', null)
  if (range.from) {
    query = query.where('e.day', '>=', range.from)
  }
  if (range.to) {
    query = query.where('e.day', '<=', range.to)
  }
  const rows = await query.groupBy(['e.week', 'e.quad']).orderBy('e.week').execute()
  const weeks = new Map<string, { quads: DyadWeek['quads']; sum: number }>()
  let total = 0
  let sum = 0
  for (const row of rows) {
    const week = row.week ?? ''
    const entry = weeks.get(week) ?? { quads: [0, 0, 0, 0], sum: 0 }
    const n = Number(row.n)
    entry.quads[row.quad - 1] = n
    entry.sum += Number(row.g)
    weeks.set(week, entry)
    total += n
    sum += Number(row.g)
  }
  return {
    dyad,
    events: total,
    goldstein: total > 0 ? round(sum / total) : null,
    weeks: [...weeks].map(([week, { quads, sum: g }]) => {
      const events = quads.reduce((a, b) => a + b, 0)
      return { week, events, quads, goldstein: round(g / events) }
    }),
  }
}

/** A dyad's events, newest first, each with the sentence that reports it. */
export async function dyadEvents(
  db: Kysely<Database>,
  dyad: string,
  range: DayRange & PageRequest,
): Promise<Page<DyadEvent>> {
  let base = db
    .selectFrom('event_rows as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .where('a.duplicate_of', 'is', null)
    .where('e.dyad', '=', dyad)
  if (range.from) {
    base = base.where('e.day', '>=', range.from)
  }
  if (range.to) {
    base = base.where('e.day', '<=', range.to)
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('e')
      .select(['a.title', 'a.published', 'a.body'])
      .orderBy('e.day', 'desc')
      .orderBy('e.article_id')
      .orderBy('e.idx')
      .limit(range.limit)
      .offset(range.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
  ])
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((row) => ({
      articleId: row.article_id,
      articleTitle: row.title,
      published: row.published,
      day: row.day,
      code: row.code,
      root: row.root,
      quad: row.quad,
      label: row.label,
      goldstein: row.goldstein,
      source: { actor: row.source_actor, name: row.source_name, country: row.source_side },
      target: { actor: row.target_actor, name: row.target_name, country: row.target_side },
      start: row.span_start,
      end: row.span_end,
      sentence: sentenceAround(row.body, row.span_start, row.span_end),
    })),
  }
}

/** The span of the dashboard's tension lines, in weeks up to the newest week with events. */
export const TENSION_WEEKS = 104

/**
 * The dyads with the most events in the last {@link TENSION_WEEKS} weeks of coverage, each with
 * its mean Goldstein score by week, copies left out.
 */
export async function dyadTensions(db: Kysely<Database>, limit: number): Promise<DyadTension[]> {
  const newest = await db
    .selectFrom('event_rows')
    .select((eb) => eb.fn.max('week').as('w'))
    .executeTakeFirst()
  if (!newest?.w) {
    return []
  }
  const since = new Date(Date.parse(`${newest.w}T00:00:00Z`) - (TENSION_WEEKS - 1) * 7 * DAY)
    .toISOString()
    .slice(0, 10)
  const weeks = await dyadWeeks(db, since)
  const byDyad = new Map<string, { events: number; sum: number; weeks: typeof weeks }>()
  for (const w of weeks) {
    const dyad = byDyad.get(w.dyad) ?? { events: 0, sum: 0, weeks: [] }
    dyad.events += w.events
    dyad.sum += w.sum
    dyad.weeks.push(w)
    byDyad.set(w.dyad, dyad)
  }
  return [...byDyad]
    .filter(([, d]) => d.events > 0)
    .sort(([a, x], [b, y]) => y.events - x.events || a.localeCompare(b))
    .slice(0, limit)
    .map(([dyad, d]) => ({
      dyad,
      events: d.events,
      goldstein: round(d.sum / d.events),
      weeks: d.weeks
        .filter((w) => w.events > 0)
        .sort((a, b) => a.week.localeCompare(b.week))
        .map((w) => ({ week: w.week, events: w.events, goldstein: round(w.sum / w.events) })),
    }))
}

/**
 * The ids of copies published since `since`, as a subquery: a range of the copies' partial
 * index, which the planners pick when it stands alone (joined, SQLite scanned the other side).
 */
export function copiesSince(db: Kysely<Database>, since: string) {
  return db
    .selectFrom('articles')
    .select('id')
    .where('duplicate_of', 'is not', null)
    .where('published', '>=', since)
}

/**
 * Events and Goldstein sums by dyad and week since `since`, counted on the week index alone,
 * less the events of copies published in those weeks: joining every event to its article to
 * leave copies out cost 150 ms at 10,000 articles. (A copy's event dated after its own
 * publication and inside the span, while the copy itself is older, would be counted: rare.)
 */
async function dyadWeeks(
  db: Kysely<Database>,
  since: string,
): Promise<{ dyad: string; week: string; events: number; sum: number }[]> {
  const [all, copied] = await Promise.all([
    db
      .selectFrom('event_rows')
      .select((eb) => [
        'dyad',
        'week',
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.sum<number | string>('goldstein').as('g'),
      ])
      .where('week', '>=', since)
      .where('dyad', 'is not', null)
      .groupBy(['dyad', 'week'])
      .execute(),
    db
      .selectFrom('event_rows')
      .select((eb) => [
        'dyad',
        'week',
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.sum<number | string>('goldstein').as('g'),
      ])
      .where('article_id', 'in', copiesSince(db, since))
      .where('week', '>=', since)
      .where('dyad', 'is not', null)
      .groupBy(['dyad', 'week'])
      .execute(),
  ])
  const less = new Map(copied.map((c) => [`${c.dyad ?? ''} ${c.week ?? ''}`, c]))
  return all.map((row) => {
    const copy = less.get(`${row.dyad ?? ''} ${row.week ?? ''}`)
    return {
      dyad: row.dyad ?? '',
      week: row.week ?? '',
      events: Number(row.n) - Number(copy?.n ?? 0),
      sum: Number(row.g) - Number(copy?.g ?? 0),
    }
  })
}

/** The actors an actor had most events and answers with, either way. */
export async function counterparts(
  db: Kysely<Database>,
  actorId: string,
  limit: number,
): Promise<Counterpart[]> {
  const [asSource, asTarget, answered, answeredBy] = await Promise.all([
    db
      .selectFrom('event_rows')
      .select((eb) => ['target_actor as other', eb.fn.countAll<number | string>().as('n')])
      .where('source_actor', '=', actorId)
      .where('target_actor', 'is not', null)
      .groupBy('target_actor')
      .execute(),
    db
      .selectFrom('event_rows')
      .select((eb) => ['source_actor as other', eb.fn.countAll<number | string>().as('n')])
      .where('target_actor', '=', actorId)
      .where('source_actor', 'is not', null)
      .groupBy('source_actor')
      .execute(),
    db
      .selectFrom('statements as s')
      .innerJoin('statements as t', 't.id', 's.responds_to')
      .select((eb) => ['t.speaker_actor as other', eb.fn.countAll<number | string>().as('n')])
      .where('s.speaker_actor', '=', actorId)
      .where('t.speaker_actor', 'is not', null)
      .groupBy('t.speaker_actor')
      .execute(),
    db
      .selectFrom('statements as s')
      .innerJoin('statements as t', 't.id', 's.responds_to')
      .select((eb) => ['s.speaker_actor as other', eb.fn.countAll<number | string>().as('n')])
      .where('t.speaker_actor', '=', actorId)
      .where('s.speaker_actor', 'is not', null)
      .groupBy('s.speaker_actor')
      .execute(),
  ])
  const tally = new Map<string, { events: number; answers: number }>()
  const add = (rows: { other: string | null; n: number | string }[], key: 'events' | 'answers') => {
    for (const row of rows) {
      if (row.other && row.other !== actorId) {
        const entry = tally.get(row.other) ?? { events: 0, answers: 0 }
        entry[key] += Number(row.n)
        tally.set(row.other, entry)
      }
    }
  }
  add(asSource, 'events')
  add(asTarget, 'events')
  add(answered, 'answers')
  add(answeredBy, 'answers')
  const ranked = [...tally]
    .sort(([a, x], [b, y]) => y.events + y.answers - (x.events + x.answers) || a.localeCompare(b))
    .slice(0, limit)
  const names = await actorNames(
    db,
    ranked.map(([id]) => id),
  )
  return ranked.map(([actor, counts]) => ({ actor, name: names.get(actor) ?? actor, ...counts }))
}

/** Display names of actors as the records gave them, by id. */
export async function actorNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map()
  }
  const rows = await db.selectFrom('actors').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** The sentence of `body` that holds `start`–`end`: from the previous sentence end to the next. */
export function sentenceAround(body: string, start: number, end: number): string {
  const before = body.slice(0, start)
  const from = Math.max(
    0,
    ...SENTENCE_STOPS.map((stop) => before.lastIndexOf(stop))
      .filter((i) => i >= 0)
      .map((i) => i + 1),
  )
  const stops = SENTENCE_STOPS.map((stop) => body.indexOf(stop, end)).filter((i) => i >= 0)
  const to = stops.length > 0 ? Math.min(...stops) + 1 : body.length
  return body.slice(from, to).trim()
}
