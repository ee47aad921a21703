import type { Kysely, Migration } from 'kysely'

/** Which story each article belongs to: the same event as told by several outlets. */
export const stories: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('article_stories')
      .addColumn('article_id', 'text', (col) =>
        col.primaryKey().references('articles.id').onDelete('cascade'),
      )
      .addColumn('story_id', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createIndex('article_stories_story')
      .on('article_stories')
      .column('story_id')
      .execute()
    // Articles stored before: each starts as a story of its own.
    const typed = db as unknown as Kysely<{
      articles: { id: string }
      article_stories: { article_id: string; story_id: string }
    }>
    for (const row of await typed.selectFrom('articles').select('id').execute()) {
      await typed
        .insertInto('article_stories')
        .values({ article_id: row.id, story_id: row.id })
        .execute()
    }
  },
}
