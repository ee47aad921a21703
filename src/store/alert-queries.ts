import { randomBytes } from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { FullText } from './full-text.ts'
import { matchAfter } from './search-queries.ts'
import type { AlertDeliveriesTable, AlertsTable, Database } from './schema.ts'
import { parseRecord } from './record-json.ts'

/**
 * A rule over the record: events of a dyad at or below a Goldstein score, optionally of one
 * CAMEO root; or a new answer to a watched actor (`answersTo`: a statement responding to them).
 */
export interface EventRule {
  answersTo?: string | undefined
  /** Two ISO3 countries: events from either to the other match. */
  dyad?: [string, string] | undefined
  maxGoldstein?: number | undefined
  root?: string | undefined
}

/** A saved search or event rule, delivered as a webhook, an e-mail and an Atom feed. */
export interface Alert {
  id: string
  name: string
  query: string | null
  eventRule: EventRule | null
  webhook: string | null
  email: string | null
  createdAt: string
}

/** What to create an alert from. */
export interface AlertInput {
  name: string
  query?: string | null
  eventRule?: EventRule | null
  webhook?: string | null
  email?: string | null
}

/** How a hit is delivered: POSTed to a webhook, or mailed. */
export type DeliveryChannel = 'webhook' | 'email'

/** One delivery attempt record. */
export interface AlertDelivery {
  id: string
  alertId: string
  articleId: string
  channel: DeliveryChannel
  target: string
  status: 'pending' | 'delivered' | 'failed'
  attempts: number
  lastError: string | null
  nextAttemptAt: string
  createdAt: string
  deliveredAt: string | null
}

/** Deliveries give up after this many attempts. */
export const MAX_ATTEMPTS = 5

/** Creates an alert; it matches articles stored from now on. */
export async function createAlert(
  db: Kysely<Database>,
  input: AlertInput,
  now: Date,
): Promise<Alert> {
  const last = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
    .executeTakeFirst()
  const row = {
    id: randomBytes(6).toString('hex'),
    name: input.name,
    query: input.query ?? null,
    event_rule: input.eventRule ? JSON.stringify(input.eventRule) : null,
    webhook: input.webhook ?? null,
    email: input.email ?? null,
    after_seq: Number(last?.seq ?? 0),
    created_at: now.toISOString(),
  }
  await db.insertInto('alerts').values(row).execute()
  return toAlert(row)
}

export async function listAlerts(db: Kysely<Database>): Promise<Alert[]> {
  return (await db.selectFrom('alerts').selectAll().orderBy('created_at').execute()).map(toAlert)
}

export async function getAlert(db: Kysely<Database>, id: string): Promise<Alert | null> {
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toAlert(row) : null
}

export async function deleteAlert(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('alerts').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/**
 * Checks every alert against the articles stored since it last looked: the saved search through
 * the full-text index, the event rule over the records' events. Records the hits, queues a
 * delivery for each of its channels (webhook, e-mail), and moves the alert past what it checked. Returns the new hits.
 */
export async function evaluateAlerts(
  db: Kysely<Database>,
  fullText: FullText,
  now: Date,
): Promise<{ alertId: string; articleId: string }[]> {
  const hits: { alertId: string; articleId: string }[] = []
  const last = Number(
    (
      await db
        .selectFrom('articles')
        .select((eb) => eb.fn.max<number | string | null>('seq').as('seq'))
        .executeTakeFirst()
    )?.seq ?? 0,
  )
  for (const row of await db.selectFrom('alerts').selectAll().execute()) {
    const alert = toAlert(row)
    let ids = alert.query ? await matchAfter(db, fullText, alert.query, row.after_seq) : null
    if (alert.eventRule) {
      const candidates = db
        .selectFrom('articles')
        .select(['id', 'record'])
        .where('seq', '>', row.after_seq)
        .where('seq', '<=', last)
        .where('duplicate_of', 'is', null)
      const rows = await (
        ids ? candidates.where('id', 'in', ids.length > 0 ? ids : ['']) : candidates
      )
        .orderBy('seq')
        .execute()
      const rule = alert.eventRule
      ids = rows
        // An event rule reads the record's events and actors, never its body.
        .filter((r) => recordMatches(JSON.parse(r.record) as ArticleRecord, rule))
        .map((r) => r.id)
    }
    for (const articleId of ids ?? []) {
      const inserted = await db
        .insertInto('alert_hits')
        .values({ alert_id: alert.id, article_id: articleId, matched_at: now.toISOString() })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst()
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
        continue
      }
      hits.push({ alertId: alert.id, articleId })
      const channels = [
        { channel: 'webhook', target: alert.webhook },
        { channel: 'email', target: alert.email },
      ].filter((c): c is { channel: DeliveryChannel; target: string } => c.target !== null)
      for (const { channel, target } of channels) {
        await db
          .insertInto('alert_deliveries')
          .values({
            id: randomBytes(8).toString('hex'),
            alert_id: alert.id,
            article_id: articleId,
            channel,
            target,
            status: 'pending',
            attempts: 0,
            last_error: null,
            next_attempt_at: now.toISOString(),
            created_at: now.toISOString(),
            delivered_at: null,
          })
          .execute()
      }
    }
    await db.updateTable('alerts').set({ after_seq: last }).where('id', '=', alert.id).execute()
  }
  return hits
}

/** Hits of an alert, newest first, with what a feed shows of each article. */
export async function alertHits(
  db: Kysely<Database>,
  alertId: string,
  limit: number,
): Promise<{ matchedAt: string; record: ArticleRecord }[]> {
  const rows = await db
    .selectFrom('alert_hits')
    .innerJoin('articles', 'articles.id', 'alert_hits.article_id')
    .select(['alert_hits.matched_at', 'articles.record', 'articles.body'])
    .where('alert_hits.alert_id', '=', alertId)
    .orderBy('articles.seq', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    matchedAt: r.matched_at,
    record: parseRecord(r.record, r.body),
  }))
}

export async function dueDeliveries(db: Kysely<Database>, now: Date): Promise<AlertDelivery[]> {
  const rows = await db
    .selectFrom('alert_deliveries')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('created_at')
    .execute()
  return rows.map(toDelivery)
}

export async function listDeliveries(
  db: Kysely<Database>,
  alertId: string,
): Promise<AlertDelivery[]> {
  const rows = await db
    .selectFrom('alert_deliveries')
    .selectAll()
    .where('alert_id', '=', alertId)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toDelivery)
}

/** Logs an attempt: delivered, or retried later (2, 4, 8, 16 minutes) until it fails for good. */
export async function recordDelivery(
  db: Kysely<Database>,
  delivery: AlertDelivery,
  error: string | null,
  now: Date,
): Promise<void> {
  const attempts = delivery.attempts + 1
  if (error === null) {
    await db
      .updateTable('alert_deliveries')
      .set({ status: 'delivered', attempts, last_error: null, delivered_at: now.toISOString() })
      .where('id', '=', delivery.id)
      .execute()
    return
  }
  await db
    .updateTable('alert_deliveries')
    .set({
      status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      attempts,
      last_error: error,
      next_attempt_at: new Date(now.getTime() + 2 ** attempts * 60_000).toISOString(),
    })
    .where('id', '=', delivery.id)
    .execute()
}

function recordMatches(record: ArticleRecord, rule: EventRule): boolean {
  if (rule.answersTo) {
    const answered = record.statements.some((s) => s.respondsTo?.speaker.actor === rule.answersTo)
    if (!answered) {
      return false
    }
    if (rule.dyad === undefined && rule.maxGoldstein === undefined && rule.root === undefined) {
      return true
    }
  }
  return record.events.some((e) => eventMatches(e, rule))
}

function eventMatches(event: ArticleRecord['events'][number], rule: EventRule): boolean {
  if (rule.maxGoldstein !== undefined && event.goldstein > rule.maxGoldstein) {
    return false
  }
  if (rule.root && event.root !== rule.root) {
    return false
  }
  if (rule.dyad) {
    const side = (p: { cameo: string | null } | null): string => p?.cameo?.slice(0, 3) ?? ''
    const pair = [side(event.source), side(event.target)].sort().join('-')
    return pair === [...rule.dyad].sort().join('-')
  }
  return true
}

function toAlert(row: Selectable<AlertsTable>): Alert {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    eventRule: row.event_rule ? (JSON.parse(row.event_rule) as EventRule) : null,
    webhook: row.webhook,
    email: row.email,
    createdAt: row.created_at,
  }
}

function toDelivery(row: Selectable<AlertDeliveriesTable>): AlertDelivery {
  return {
    id: row.id,
    alertId: row.alert_id,
    articleId: row.article_id,
    channel: row.channel as DeliveryChannel,
    target: row.target,
    status: row.status as AlertDelivery['status'],
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  }
}
