import type { Kysely, Migration } from 'kysely'

/**
 * Counters that every process writing to the store adds to (fetches, fetch errors by kind,
 * extraction time buckets), so `/metrics` on any server describes all the watchers.
 */
export const metricCounters: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('metric_counters')
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('labels', 'text', (col) => col.notNull())
      .addColumn('value', 'double precision', (col) => col.notNull())
      .addPrimaryKeyConstraint('metric_counters_pk', ['name', 'labels'])
      .execute()
  },
}
