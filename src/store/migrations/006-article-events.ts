import type { Kysely, Migration } from 'kysely'

/** The CAMEO roots of each article's events, for search filters and facets; filled from records. */
export const articleEvents: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('article_events')
      .addColumn('article_id', 'text', (col) =>
        col.notNull().references('articles.id').onDelete('cascade'),
      )
      .addColumn('root', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('article_events_pk', ['article_id', 'root'])
      .execute()
    await db.schema.createIndex('article_events_root').on('article_events').column('root').execute()
    // Articles stored before this migration: read their roots from the stored records.
    const typed = db as unknown as Kysely<{
      articles: { id: string; record: string }
      article_events: { article_id: string; root: string }
    }>
    const rows = await typed.selectFrom('articles').select(['id', 'record']).execute()
    for (const row of rows) {
      const roots = [
        ...new Set(
          (JSON.parse(row.record) as { events?: { root: string }[] }).events?.map((e) => e.root) ??
            [],
        ),
      ]
      if (roots.length > 0) {
        await typed
          .insertInto('article_events')
          .values(roots.map((root) => ({ article_id: row.id, root })))
          .execute()
      }
    }
  },
}
