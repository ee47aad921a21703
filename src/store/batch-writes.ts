import type { Insertable, Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import { eventRows } from './event-rows.ts'
import type { FullText, IndexRow } from './full-text.ts'
import type { Database } from './schema.ts'

/** Bound parameters per statement, under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000

/**
 * Rows that nothing reads while a batch of articles is being saved — the full-text index, the
 * event table, event roots and the actor list — collected per article and written at the end
 * of the batch in a few multi-row statements, instead of four or five statements per article.
 * (Rows that later articles of the same batch look up, such as copies' bands and stories, are
 * written as each article is saved.)
 */
export class BatchWrites {
  readonly #fullText: IndexRow[] = []
  readonly #events: Insertable<Database['event_rows']>[] = []
  readonly #roots: Insertable<Database['article_events']>[] = []
  readonly #actors = new Map<string, Insertable<Database['actors']>>()

  /** Queues the write-only rows of an article just stored as row `seq` (copies go unindexed). */
  add(seq: number, record: ArticleRecord, options: { indexed: boolean }): void {
    if (options.indexed) {
      this.#fullText.push({ seq, title: record.title, body: record.body })
    }
    this.#events.push(...eventRows(record))
    for (const root of new Set(record.events.map((e) => e.root))) {
      this.#roots.push({ article_id: record.id, root })
    }
    for (const actor of record.actors) {
      if (!this.#actors.has(actor.id)) {
        this.#actors.set(actor.id, {
          id: actor.id,
          name: actor.name,
          kind: actor.kind,
          country: actor.country,
          cameo: actor.cameo,
          role: actor.role,
        })
      }
    }
  }

  /** Writes what was queued, inside the batch's transaction. */
  async flush(db: Kysely<Database>, fullText: FullText): Promise<void> {
    for (const rows of chunks(this.#fullText, 3)) {
      await fullText.index(db, rows)
    }
    for (const rows of chunks(this.#events, Object.keys(this.#events[0] ?? {}).length)) {
      await db.insertInto('event_rows').values(rows).execute()
    }
    for (const rows of chunks(this.#roots, 2)) {
      await db.insertInto('article_events').values(rows).execute()
    }
    for (const rows of chunks([...this.#actors.values()], 6)) {
      await db
        .insertInto('actors')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute()
    }
  }
}

/** `rows` in runs small enough for one statement each. */
function* chunks<T>(rows: readonly T[], columns: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)))
  for (let i = 0; i < rows.length; i += size) {
    yield rows.slice(i, i + size)
  }
}
