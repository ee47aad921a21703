import type { Kysely } from 'kysely'
import type { ArticleRecord, RecordStatement } from '../core/article.ts'
import type { BatchWrites } from './batch-writes.ts'
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

/**
 * Links answers across the archive: a statement whose text says it responds to a speaker but
 * whose answered statement is not in the same article gets the latest statement by that
 * speaker from the previous 60 days (stored, or earlier in the batch being saved) in an article
 * that mentions another of the answer's actors, found through the actor index.
 */
export async function resolveResponses(
  db: Kysely<Database>,
  record: ArticleRecord,
  batch: BatchWrites,
): Promise<ArticleRecord> {
  const day = record.published?.slice(0, 10)
  if (
    !day ||
    !record.statements.some(
      (s) => s.respondsTo && !s.respondsTo.statement && s.respondsTo.speaker.actor,
    )
  ) {
    return record
  }
  const since = new Date(Date.parse(`${day}T00:00:00Z`) - WINDOW_DAYS * DAY)
    .toISOString()
    .slice(0, 10)
  const until = `${day}~`
  const statements: RecordStatement[] = []
  for (const statement of record.statements) {
    const target = statement.respondsTo
    const speaker = target?.speaker.actor
    const others = new Set(record.actors.map((a) => a.id).filter((id) => id !== speaker))
    // The answered article must mention another of this one's actors: none, no answer.
    if (!target || target.statement || !speaker || others.size === 0) {
      statements.push(statement)
      continue
    }
    const stored = await db
      .selectFrom('statements')
      .select(['statements.id', 'statements.article_id', 'statements.published'])
      .where('statements.speaker_actor', '=', speaker)
      .where('statements.published', '>=', since)
      .where('statements.published', '<=', until)
      .where('statements.article_id', '!=', record.id)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_actors')
            .select('article_actors.actor_id')
            .whereRef('article_actors.article_id', '=', 'statements.article_id')
            .where('article_actors.actor_id', 'in', [...others]),
        ),
      )
      .orderBy('statements.published', 'desc')
      .limit(1)
      .executeTakeFirst()
    const pending = batch.latestStatementBy(speaker, others, since, until)
    // The batch's statement when it is later; the stored one on a tie, as saved one by one.
    const match =
      pending && (!stored || (pending.published ?? '') > (stored.published ?? ''))
        ? pending
        : stored
    statements.push(
      match
        ? {
            ...statement,
            respondsTo: { ...target, article: match.article_id, statement: match.id },
          }
        : statement,
    )
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
