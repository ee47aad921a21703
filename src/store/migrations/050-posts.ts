import type { Kysely, Migration } from 'kysely'

/**
 * The outlet's own articles (posts): Markdown written in the desk, with a status, a section,
 * tags, an author and the See Also choices of its editor; readership counted per post per day
 * with no identifier of the reader; and consent decisions for optional analytics.
 */
export const posts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('posts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('slug', 'text', (col) => col.notNull().unique())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('summary', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('section', 'text', (col) => col.notNull())
      .addColumn('tags', 'text', (col) => col.notNull())
      .addColumn('author_name', 'text', (col) => col.notNull())
      .addColumn('author_slug', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('publish_at', 'text')
      .addColumn('see_also', 'text', (col) => col.notNull())
      .addColumn('archived_at', 'text')
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createIndex('posts_public')
      .on('posts')
      .columns(['status', 'publish_at'])
      .execute()
    await db.schema
      .createTable('post_views')
      .addColumn('post_id', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('views', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('post_views_pk', ['post_id', 'day'])
      .execute()
    await db.schema
      .createTable('consents')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('decision', 'text', (col) => col.notNull())
      .addColumn('categories', 'text', (col) => col.notNull())
      .addColumn('policy_revision', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .execute()
  },
}
