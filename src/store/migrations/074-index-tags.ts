import { sql, type Kysely, type Migration } from 'kysely'
import type { ArticleRecord } from '../../core/article.ts'
import type { StoreDialect } from '../dialect.ts'
import { indexTags } from '../index-tags.ts'

/** Originals tagged per statement while the migration fills the table. */
const CHUNK = 1_000

/**
 * Index tags (index-tags.ts) in a narrow table of their own, by `seq`: facets read them for
 * 2,000 matches, and as a column of `articles` each read walked past the body. Every stored
 * original is tagged from its record. On SQLite the full-text index is made again with the tags
 * as a third column, its content read through a view that joins them to the articles; on
 * PostgreSQL the tags join each original's tsvector.
 */
export function indexTagsTable(dialect: StoreDialect): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('article_index_tags')
        .addColumn('seq', dialect === 'postgres' ? 'bigint' : 'integer', (c) => c.primaryKey())
        .addColumn('tags', 'text', (c) => c.notNull())
        .execute()
      await tagStoredOriginals(db)
      if (dialect === 'postgres') {
        await sql`UPDATE articles a SET tsv = a.tsv || to_tsvector('simple', t.tags)
          FROM article_index_tags t WHERE t.seq = a.seq`.execute(db)
      } else {
        await sql`CREATE VIEW articles_indexed AS
          SELECT a.seq, a.title, a.body, t.tags AS index_tags
          FROM articles a LEFT JOIN article_index_tags t ON t.seq = a.seq`.execute(db)
        await sql`DROP TABLE articles_fts`.execute(db)
        await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, index_tags, content='articles_indexed', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(
          db,
        )
        // Not 'rebuild': that would index the republished copies too, which search never shows.
        await sql`INSERT INTO articles_fts(rowid, title, body, index_tags)
          SELECT a.seq, a.title, a.body, t.tags FROM articles a
          JOIN article_index_tags t ON t.seq = a.seq`.execute(db)
      }
    },
  }
}

async function tagStoredOriginals(db: Kysely<unknown>): Promise<void> {
  let after = -1
  for (;;) {
    const rows = (
      await sql<{ seq: number | string; record: string }>`
        SELECT seq, record FROM articles WHERE duplicate_of IS NULL AND seq > ${after}
        ORDER BY seq LIMIT ${CHUNK}`.execute(db)
    ).rows
    if (rows.length === 0) {
      return
    }
    const tagged = rows.map(
      (row) => sql`(${Number(row.seq)}, ${indexTags(JSON.parse(row.record) as ArticleRecord)})`,
    )
    await sql`INSERT INTO article_index_tags (seq, tags) VALUES ${sql.join(tagged)}`.execute(db)
    after = Number(rows.at(-1)!.seq)
  }
}
