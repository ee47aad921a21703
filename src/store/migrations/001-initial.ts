import { sql, type Kysely, type Migration } from 'kysely'
import type { StoreDialect } from '../dialect.ts'

/** Articles, their actors, and the full-text index (FTS5 on SQLite, tsvector on PostgreSQL). */
export function initial(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect) }
}

async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('seq', dialect === 'postgres' ? 'serial' : 'integer', (col) =>
      dialect === 'postgres' ? col.primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('url', 'text', (col) => col.unique())
    .addColumn('canonical_url', 'text')
    .addColumn('content_hash', 'text', (col) => col.notNull().unique())
    .addColumn('source_name', 'text')
    .addColumn('source_domain', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('byline', 'text')
    .addColumn('published', 'text')
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('record', 'text', (col) => col.notNull())
    .addColumn('dates', 'text', (col) => col.notNull())
    .addColumn('ingested_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema
    .createIndex('articles_published')
    .on('articles')
    .columns(['published', 'seq'])
    .execute()
  await db.schema.createIndex('articles_canonical').on('articles').column('canonical_url').execute()
  await db.schema
    .createTable('article_actors')
    .addColumn('article_id', 'text', (col) =>
      col.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('article_actors_pk', ['article_id', 'actor_id'])
    .execute()
  await db.schema
    .createIndex('article_actors_actor')
    .on('article_actors')
    .column('actor_id')
    .execute()
  await db.schema
    .createTable('actors')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('country', 'text')
    .addColumn('cameo', 'text')
    .addColumn('role', 'text')
    .execute()
  await createFullTextIndex(db, dialect)
}

/**
 * SQLite: an external-content FTS5 table over title and body. PostgreSQL: a weighted tsvector
 * column (title A, body D) with a GIN index, in the language-neutral `simple` configuration
 * since the archive is multilingual. Both are written with the article (full-text.ts).
 */
async function createFullTextIndex(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`ALTER TABLE articles ADD COLUMN tsv tsvector`.execute(db)
    await sql`CREATE INDEX articles_tsv ON articles USING gin (tsv)`.execute(db)
    return
  }
  await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  )
}
