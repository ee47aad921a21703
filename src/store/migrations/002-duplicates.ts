import type { Kysely, Migration } from 'kysely'

/** Near-duplicate detection: each article's SimHash, its bands for lookup, and what it copies. */
export const duplicates: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('articles').addColumn('simhash', 'text').execute()
    await db.schema.alterTable('articles').addColumn('duplicate_of', 'text').execute()
    await db.schema
      .createTable('article_bands')
      .addColumn('band', 'text', (col) => col.notNull())
      .addColumn('article_id', 'text', (col) =>
        col.notNull().references('articles.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('article_bands_pk', ['band', 'article_id'])
      .execute()
  },
}
