import { sql, type Kysely, type Migration } from 'kysely'
import type { StoreDialect } from '../dialect.ts'
import { dayNumber, dedupeDay } from '../duplicate-window.ts'
import { copyKeys } from '../stored-originals.ts'

/** Articles keyed per statement while the migration fills the table. */
const CHUNK = 500

/**
 * Copy keys in integers, with the fingerprint beside each band: 070's text bands sent every
 * candidate of a copy lookup to the article's row for its fingerprint, and on SQLite that row's
 * fingerprint sits past the body, in its overflow pages. At 100,000 articles a batch's lookup
 * read 18,000 candidates that way (300 ms); now the distance is measured in the index and only
 * a match is joined. On SQLite the table is its own primary key (WITHOUT ROWID): one B-tree to
 * write per band, not three. Replaces article_simhash_bands.
 */
export function copyKeysTable(dialect: StoreDialect): Migration {
  return {
    async up(db) {
      const table = db.schema
        .createTable('article_copy_keys')
        .addColumn('band', 'integer', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('seq', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull())
        .addColumn('hi', 'integer', (c) => c.notNull())
        .addColumn('lo', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_copy_keys_pk', ['band', 'day', 'seq'])
      await (dialect === 'sqlite' ? table.modifyEnd(sql`WITHOUT ROWID`) : table).execute()
      await keyStoredArticles(db)
      await db.schema.dropTable('article_simhash_bands').execute()
    },
  }
}

async function keyStoredArticles(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<{
    articles: { seq: number; simhash: string | null; published: string | null; ingested_at: string }
    article_copy_keys: { band: number; day: number; seq: number; hi: number; lo: number }
  }>
  for (let after = -1; ;) {
    const rows = await typed
      .selectFrom('articles')
      .select(['seq', 'simhash', 'published', 'ingested_at'])
      .where('seq', '>', after)
      .where('simhash', 'is not', null)
      .orderBy('seq')
      .limit(CHUNK)
      .execute()
    if (rows.length === 0) {
      return
    }
    after = rows.at(-1)!.seq
    await typed
      .insertInto('article_copy_keys')
      .values(
        rows.flatMap((row) =>
          copyKeys(row.seq, row.simhash!, dayNumber(dedupeDay(row.published, row.ingested_at))),
        ),
      )
      .execute()
  }
}
