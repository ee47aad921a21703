import { randomBytes } from 'node:crypto'
import { sql, type Kysely, type Selectable } from 'kysely'
import type { StoreDialect } from './dialect.ts'
import type { Database, JobsTable } from './schema.ts'

/** A unit of work: for now, a URL (page or feed) to fetch, extract and store. */
export interface Job {
  id: string
  kind: 'ingest-url'
  payload: { url: string }
  status: 'queued' | 'running' | 'done' | 'failed'
  attempts: number
  lockedBy: string | null
  lastError: string | null
}

/** Jobs give up after this many attempts. */
export const MAX_JOB_ATTEMPTS = 3

/** Queues URLs to ingest; returns the job ids. */
export async function enqueueUrls(
  db: Kysely<Database>,
  urls: readonly string[],
  now: Date,
): Promise<string[]> {
  const rows = urls.map((url) => ({
    id: randomBytes(8).toString('hex'),
    kind: 'ingest-url',
    payload: JSON.stringify({ url }),
    status: 'queued',
    attempts: 0,
    run_after: now.toISOString(),
    locked_by: null,
    last_error: null,
    created_at: now.toISOString(),
    finished_at: null,
  }))
  if (rows.length > 0) {
    await db.insertInto('jobs').values(rows).execute()
  }
  return rows.map((r) => r.id)
}

/**
 * Takes the oldest due job for a worker, so that no two workers ever take the same one: on
 * PostgreSQL with `FOR UPDATE SKIP LOCKED` (many workers on many machines), on SQLite inside a
 * write transaction (one writer at a time).
 */
export async function claimJob(
  db: Kysely<Database>,
  dialect: StoreDialect,
  worker: string,
  now: Date,
): Promise<Job | null> {
  const at = now.toISOString()
  if (dialect === 'postgres') {
    const result = await sql<Selectable<JobsTable>>`
      UPDATE jobs SET status = 'running', locked_by = ${worker}, attempts = attempts + 1
      WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND run_after <= ${at} ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING *`.execute(db)
    return result.rows[0] ? toJob(result.rows[0]) : null
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('jobs')
      .selectAll()
      .where('status', '=', 'queued')
      .where('run_after', '<=', at)
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst()
    if (!row) {
      return null
    }
    await trx
      .updateTable('jobs')
      .set({ status: 'running', locked_by: worker, attempts: row.attempts + 1 })
      .where('id', '=', row.id)
      .execute()
    return toJob({ ...row, status: 'running', locked_by: worker, attempts: row.attempts + 1 })
  })
}

/** Marks a job done, or failed: retried later (1, 4 minutes) until MAX_JOB_ATTEMPTS. */
export async function finishJob(
  db: Kysely<Database>,
  job: Job,
  error: string | null,
  now: Date,
): Promise<void> {
  if (error === null) {
    await db
      .updateTable('jobs')
      .set({ status: 'done', finished_at: now.toISOString(), last_error: null })
      .where('id', '=', job.id)
      .execute()
    return
  }
  const final = job.attempts >= MAX_JOB_ATTEMPTS
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'queued',
      last_error: error,
      locked_by: null,
      run_after: new Date(now.getTime() + 4 ** (job.attempts - 1) * 60_000).toISOString(),
      finished_at: final ? now.toISOString() : null,
    })
    .where('id', '=', job.id)
    .execute()
}

/** How many jobs are in each state. */
export async function jobCounts(db: Kysely<Database>): Promise<Record<Job['status'], number>> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute()
  const counts = { queued: 0, running: 0, done: 0, failed: 0 }
  for (const row of rows) {
    counts[row.status as Job['status']] = Number(row.n)
  }
  return counts
}

function toJob(row: Selectable<JobsTable>): Job {
  return {
    id: row.id,
    kind: row.kind as Job['kind'],
    payload: JSON.parse(row.payload) as Job['payload'],
    status: row.status as Job['status'],
    attempts: row.attempts,
    lockedBy: row.locked_by,
    lastError: row.last_error,
  }
}
