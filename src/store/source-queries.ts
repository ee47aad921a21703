import { createHash } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Database, SourcesTable } from './schema.ts'

/** A registered source with its polling state and health. */
export interface Source {
  id: string
  url: string
  intervalSeconds: number
  etag: string | null
  lastModified: string | null
  nextPollAt: string
  lastSuccessAt: string | null
  lastError: string | null
  lastErrorAt: string | null
  createdAt: string
  health: SourceHealth
}

/** How a source is doing, for the people who depend on it. */
export interface SourceHealth {
  itemsSeen: number
  /** Items first seen in the last seven days, per day. */
  itemsPerDay: number
  lastItemAt: string | null
  /** Set when the source has said nothing for much longer than it usually does. */
  warning: string | null
}

/** What one poll of a source came to. */
export type PollOutcome =
  { ok: true; etag?: string | null; lastModified?: string | null } | { ok: false; error: string }

/** Stable id of a source: a hash of its URL. */
export function sourceId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 12)
}

/** Registers a source (or returns the existing one for the same URL). */
export async function addSource(
  db: Kysely<Database>,
  url: string,
  intervalSeconds: number,
  now: Date,
): Promise<Source> {
  const id = sourceId(url)
  await db
    .insertInto('sources')
    .values({
      id,
      url,
      interval_seconds: intervalSeconds,
      next_poll_at: now.toISOString(),
      created_at: now.toISOString(),
      etag: null,
      last_modified: null,
      last_success_at: null,
      last_error: null,
      last_error_at: null,
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .execute()
  return (await getSource(db, id, now))!
}

/** One source by id or URL, with its health. */
export async function getSource(
  db: Kysely<Database>,
  idOrUrl: string,
  now: Date,
): Promise<Source | null> {
  const row = await db
    .selectFrom('sources')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrUrl), eb('url', '=', idOrUrl)]))
    .executeTakeFirst()
  return row ? withHealth(db, row, now) : null
}

/** Every source, oldest first, with health. */
export async function listSources(db: Kysely<Database>, now: Date): Promise<Source[]> {
  const rows = await db
    .selectFrom('sources')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return Promise.all(rows.map((row) => withHealth(db, row, now)))
}

/** Removes a source and what it has seen; false when there was none. */
export async function removeSource(db: Kysely<Database>, idOrUrl: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sources')
    .where((eb) => eb.or([eb('id', '=', idOrUrl), eb('url', '=', idOrUrl)]))
    .executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Sources whose next poll is due at `now`. */
export async function dueSources(db: Kysely<Database>, now: Date): Promise<Source[]> {
  const rows = await db
    .selectFrom('sources')
    .selectAll()
    .where('next_poll_at', '<=', now.toISOString())
    .orderBy('next_poll_at')
    .execute()
  return Promise.all(rows.map((row) => withHealth(db, row, now)))
}

/** Records a poll and schedules the next: errors back off, doubling up to a day. */
export async function recordPoll(
  db: Kysely<Database>,
  source: Source,
  outcome: PollOutcome,
  now: Date,
): Promise<void> {
  if (outcome.ok) {
    await db
      .updateTable('sources')
      .set({
        last_success_at: now.toISOString(),
        next_poll_at: new Date(now.getTime() + source.intervalSeconds * 1000).toISOString(),
        ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
        ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
      })
      .where('id', '=', source.id)
      .execute()
    return
  }
  const failures =
    source.lastErrorAt && (!source.lastSuccessAt || source.lastErrorAt > source.lastSuccessAt)
      ? 2
      : 1
  const backoff = Math.min(86_400, source.intervalSeconds * 2 ** failures)
  await db
    .updateTable('sources')
    .set({
      last_error: outcome.error,
      last_error_at: now.toISOString(),
      next_poll_at: new Date(now.getTime() + backoff * 1000).toISOString(),
    })
    .where('id', '=', source.id)
    .execute()
}

/** Remembers the item URLs a poll listed and returns those seen for the first time. */
export async function newItems(
  db: Kysely<Database>,
  sourceId: string,
  urls: readonly string[],
  now: Date,
): Promise<string[]> {
  if (urls.length === 0) {
    return []
  }
  const known = new Set(
    (
      await db
        .selectFrom('source_items')
        .select('item_url')
        .where('source_id', '=', sourceId)
        .where('item_url', 'in', [...urls])
        .execute()
    ).map((r) => r.item_url),
  )
  const fresh = [...new Set(urls)].filter((url) => !known.has(url))
  if (fresh.length > 0) {
    await db
      .insertInto('source_items')
      .values(
        fresh.map((item_url) => ({
          source_id: sourceId,
          item_url,
          first_seen_at: now.toISOString(),
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  return fresh
}

const DAY = 86_400_000

async function withHealth(
  db: Kysely<Database>,
  row: Selectable<SourcesTable>,
  now: Date,
): Promise<Source> {
  const seen = await db
    .selectFrom('source_items')
    .select('first_seen_at')
    .where('source_id', '=', row.id)
    .orderBy('first_seen_at')
    .execute()
  const times = seen.map((s) => Date.parse(s.first_seen_at))
  const lastItem = times[times.length - 1] ?? null
  const recent = times.filter((t) => now.getTime() - t <= 7 * DAY).length
  // "Usual" silence: the mean gap between items since the first; three times that, and at
  // least two polling intervals and a day, is unusual.
  const usualGap =
    times.length >= 3 && lastItem !== null ? (lastItem - times[0]!) / (times.length - 1) : null
  const limit =
    usualGap === null ? null : Math.max(3 * usualGap, 2 * row.interval_seconds * 1000, DAY)
  const silentFor = lastItem === null ? null : now.getTime() - lastItem
  const warning =
    limit !== null && silentFor !== null && silentFor > limit
      ? `no new items for ${Math.round(silentFor / 3_600_000)} h; it usually publishes every ${Math.round(usualGap! / 3_600_000)} h`
      : row.last_error_at && (!row.last_success_at || row.last_error_at > row.last_success_at)
        ? `last poll failed: ${row.last_error ?? 'unknown error'}`
        : null
  return {
    id: row.id,
    url: row.url,
    intervalSeconds: row.interval_seconds,
    etag: row.etag,
    lastModified: row.last_modified,
    nextPollAt: row.next_poll_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    createdAt: row.created_at,
    health: {
      itemsSeen: times.length,
      itemsPerDay: Math.round((recent / 7) * 10) / 10,
      lastItemAt: lastItem === null ? null : new Date(lastItem).toISOString(),
      warning,
    },
  }
}
