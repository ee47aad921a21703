import type { Kysely, Migration } from 'kysely'

/** Saved searches and event rules, what they matched, and every delivery attempt. */
export const alerts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('alerts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('query', 'text')
      .addColumn('event_rule', 'text')
      .addColumn('webhook', 'text')
      .addColumn('after_seq', 'integer', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createTable('alert_hits')
      .addColumn('alert_id', 'text', (col) =>
        col.notNull().references('alerts.id').onDelete('cascade'),
      )
      .addColumn('article_id', 'text', (col) =>
        col.notNull().references('articles.id').onDelete('cascade'),
      )
      .addColumn('matched_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('alert_hits_pk', ['alert_id', 'article_id'])
      .execute()
    await db.schema
      .createTable('alert_deliveries')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('alert_id', 'text', (col) =>
        col.notNull().references('alerts.id').onDelete('cascade'),
      )
      .addColumn('article_id', 'text', (col) => col.notNull())
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('target', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('last_error', 'text')
      .addColumn('next_attempt_at', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('delivered_at', 'text')
      .execute()
  },
}
