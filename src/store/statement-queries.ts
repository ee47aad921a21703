import { sql, type Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { BatchWrites } from './batch-writes.ts'
import type { StoreDialect } from './dialect.ts'
import { jsonArrayValues, jsonRows } from './json-rows.ts'
import type { Database } from './schema.ts'

/** An earlier statement is looked for this many days back. */
const WINDOW_DAYS = 60
const DAY = 86_400_000

/** A statement in a thread, with the article it was reported in. */
export interface ThreadStatement {
  id: string
  articleId: string
  articleTitle: string
  published: string | null
  speaker: { name: string; actor: string | null }
  respondsTo: string | null
  quotes: string[]
}

/** A statement with the chain it answers and the answers it got. */
export interface StatementThread {
  statement: ThreadStatement
  /** What it answers, then what that answers, …: nearest first. */
  answers: ThreadStatement[]
  /** Statements that answer it, and their answers in turn, in order of publication. */
  replies: ThreadStatement[]
}

/** An earlier statement a statement of a new article may answer: by whom, when, where. */
interface AnswerSought {
  /** The statement's index in its record. */
  index: number
  speaker: string
  /** Actors of the answer other than the speaker: the answered article mentions one. */
  others: Set<string>
  since: string
  until: string
}

/** The stored statement an answer links to. */
export interface AnsweredStatement {
  id: string
  article_id: string
  published: string | null
}

/**
 * The statements of a record that say they respond to a speaker but name no statement: each
 * is answered by the latest statement by that speaker from the previous 60 days in an article
 * that mentions another of the answer's actors.
 */
function answersSought(record: ArticleRecord): AnswerSought[] {
  const day = record.published?.slice(0, 10)
  if (!day) {
    return []
  }
  const since = new Date(Date.parse(`${day}T00:00:00Z`) - WINDOW_DAYS * DAY)
    .toISOString()
    .slice(0, 10)
  return record.statements.flatMap((statement, index) => {
    const target = statement.respondsTo
    const speaker = target?.speaker.actor
    const others = new Set(record.actors.map((a) => a.id).filter((id) => id !== speaker))
    // The answered article must mention another of this one's actors: none, no answer.
    return !target || target.statement || !speaker || others.size === 0
      ? []
      : [{ index, speaker, others, since, until: `${day}~` }]
  })
}

/**
 * For each record of a batch (null: none wanted), the stored statement each of its answers
 * links to, by the answer's index ({@link resolveResponses}); one statement for the batch,
 * each answer's latest statement found through the speaker index.
 */
export async function storedAnswers(
  db: Kysely<Database>,
  dialect: StoreDialect,
  records: readonly (ArticleRecord | null)[],
): Promise<Map<number, AnsweredStatement>[]> {
  const wanted = records.flatMap((record, i) =>
    (record ? answersSought(record) : []).map((a) => [
      i,
      a.index,
      a.speaker,
      a.since,
      a.until,
      record!.id,
      JSON.stringify([...a.others]),
    ]),
  )
  const answers = records.map(() => new Map<number, AnsweredStatement>())
  if (wanted.length === 0) {
    return answers
  }
  const columns = {
    i: 'integer',
    k: 'integer',
    speaker: 'text',
    since: 'text',
    until: 'text',
    own: 'text',
    others: 'text',
  } as const
  const { rows } = await sql<AnsweredStatement & { i: number | string; k: number | string }>`
    SELECT p.i, p.k, s.id, s.article_id, s.published
    FROM ${jsonRows(dialect, 'p', columns, wanted)}
    JOIN statements s ON s.id = (
      SELECT l.id FROM statements l
      WHERE l.speaker_actor = p.speaker AND l.published >= p.since AND l.published <= p.until
        AND l.article_id <> p.own
        AND EXISTS (
          SELECT 1 FROM article_actors aa
          WHERE aa.article_id = l.article_id
            AND aa.actor_id IN (${jsonArrayValues(dialect, sql`p.others`)})
        )
      ORDER BY l.published DESC
      LIMIT 1
    )`.execute(db)
  for (const { i, k, ...statement } of rows) {
    answers[Number(i)]!.set(Number(k), statement)
  }
  return answers
}

/**
 * Links answers across the archive: a statement whose text says it responds to a speaker but
 * whose answered statement is not in the same article gets the latest statement by that
 * speaker from the previous 60 days (stored, found by {@link storedAnswers}, or earlier in the
 * batch being saved) in an article that mentions another of the answer's actors.
 */
export function resolveResponses(
  record: ArticleRecord,
  stored: ReadonlyMap<number, AnsweredStatement>,
  batch: BatchWrites,
): ArticleRecord {
  const sought = answersSought(record)
  if (sought.length === 0) {
    return record
  }
  const statements = [...record.statements]
  for (const { index, speaker, others, since, until } of sought) {
    const statement = statements[index]!
    const found = stored.get(index)
    const pending = batch.latestStatementBy(speaker, others, since, until)
    // The batch's statement when it is later; the stored one on a tie, as saved one by one.
    const match =
      pending && (!found || (pending.published ?? '') > (found.published ?? '')) ? pending : found
    if (match) {
      statements[index] = {
        ...statement,
        respondsTo: { ...statement.respondsTo!, article: match.article_id, statement: match.id },
      }
    }
  }
  return { ...record, statements }
}

/** The thread of a statement: what it answers up the chain, and every answer down it. */
export async function statementThread(
  db: Kysely<Database>,
  id: string,
): Promise<StatementThread | null> {
  const statement = await load(db, id)
  if (!statement) {
    return null
  }
  const answers: ThreadStatement[] = []
  const seen = new Set([id])
  for (let up = statement.respondsTo; up && !seen.has(up);) {
    seen.add(up)
    const next = await load(db, up)
    if (!next) {
      break
    }
    answers.push(next)
    up = next.respondsTo
  }
  const replies: ThreadStatement[] = []
  for (let level = [id]; level.length > 0 && replies.length < 200;) {
    const rows = await db
      .selectFrom('statements')
      .select('id')
      .where('responds_to', 'in', level)
      .execute()
    const fresh = rows.map((r) => r.id).filter((r) => !seen.has(r))
    fresh.forEach((r) => seen.add(r))
    for (const reply of fresh) {
      const loaded = await load(db, reply)
      if (loaded) {
        replies.push(loaded)
      }
    }
    level = fresh
  }
  replies.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''))
  return { statement, answers, replies }
}

/** One stored statement with its article and quotes; null when there is none with this id. */
export async function load(db: Kysely<Database>, id: string): Promise<ThreadStatement | null> {
  const row = await db
    .selectFrom('statements')
    .innerJoin('articles', 'articles.id', 'statements.article_id')
    .select([
      'statements.id',
      'statements.article_id',
      'statements.published',
      'statements.speaker_actor',
      'statements.speaker_name',
      'statements.responds_to',
      'articles.title',
      'articles.record',
    ])
    .where('statements.id', '=', id)
    .executeTakeFirst()
  if (!row) {
    return null
  }
  // Only the quotes are read: the body, kept in its own column, is not needed.
  const record = JSON.parse(row.record) as ArticleRecord
  const quotes =
    record.statements.find((s) => s.id === id)?.quotes.map((i) => record.quotes[i]?.text ?? '') ??
    []
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.title,
    published: row.published,
    speaker: { name: row.speaker_name, actor: row.speaker_actor },
    respondsTo: row.responds_to,
    quotes,
  }
}
