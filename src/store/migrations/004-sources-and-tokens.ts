import type { Kysely, Migration } from 'kysely'

/** Registered sources with their polling state, the items seen in each, and API tokens. */
export const sourcesAndTokens: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('url', 'text', (col) => col.notNull().unique())
      .addColumn('interval_seconds', 'integer', (col) => col.notNull())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('next_poll_at', 'text', (col) => col.notNull())
      .addColumn('last_success_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('last_error_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createTable('source_items')
      .addColumn('source_id', 'text', (col) =>
        col.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('item_url', 'text', (col) => col.notNull())
      .addColumn('first_seen_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('source_items_pk', ['source_id', 'item_url'])
      .execute()
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('hash', 'text', (col) => col.notNull().unique())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('revoked_at', 'text')
      .execute()
  },
}
