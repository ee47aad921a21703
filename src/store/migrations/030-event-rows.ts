import type { Kysely, Migration } from 'kysely'
import type { ArticleRecord } from '../../core/article.ts'
import { eventRows, type EventRow } from '../event-rows.ts'

/**
 * One row per coded event, with its week, quad class, Goldstein score and the country on each
 * side: the dyad timelines, the dashboard's tension index, counterparts and the network read
 * these instead of parsing records. Filled from the records stored before.
 */
export const eventRowsTable: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('event_rows')
      .addColumn('article_id', 'text', (col) =>
        col.notNull().references('articles.id').onDelete('cascade'),
      )
      .addColumn('idx', 'integer', (col) => col.notNull())
      .addColumn('day', 'text')
      .addColumn('week', 'text')
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('root', 'text', (col) => col.notNull())
      .addColumn('quad', 'integer', (col) => col.notNull())
      .addColumn('goldstein', 'double precision', (col) => col.notNull())
      .addColumn('label', 'text', (col) => col.notNull())
      .addColumn('source_actor', 'text')
      .addColumn('source_name', 'text', (col) => col.notNull())
      .addColumn('source_side', 'text')
      .addColumn('target_actor', 'text')
      .addColumn('target_name', 'text')
      .addColumn('target_side', 'text')
      .addColumn('dyad', 'text')
      .addColumn('span_start', 'integer', (col) => col.notNull())
      .addColumn('span_end', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('event_rows_pk', ['article_id', 'idx'])
      .execute()
    await db.schema
      .createIndex('event_rows_dyad')
      .on('event_rows')
      .columns(['dyad', 'week'])
      .execute()
    await db.schema.createIndex('event_rows_week').on('event_rows').column('week').execute()
    await db.schema
      .createIndex('event_rows_source')
      .on('event_rows')
      .columns(['source_actor', 'week'])
      .execute()
    await db.schema
      .createIndex('event_rows_target')
      .on('event_rows')
      .columns(['target_actor', 'week'])
      .execute()
    await db.schema
      .createIndex('statements_published')
      .on('statements')
      .column('published')
      .execute()
    const typed = db as unknown as Kysely<{
      articles: { id: string; record: string }
      event_rows: EventRow
    }>
    for (const article of await typed.selectFrom('articles').select(['id', 'record']).execute()) {
      const rows = eventRows(JSON.parse(article.record) as ArticleRecord)
      if (rows.length > 0) {
        await typed.insertInto('event_rows').values(rows).execute()
      }
    }
  },
}
