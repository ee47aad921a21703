import type { Kysely, Migration } from 'kysely'

/** The work queue shared by `watchdesk worker` processes. */
export const jobs: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('payload', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('run_after', 'text', (col) => col.notNull())
      .addColumn('locked_by', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('finished_at', 'text')
      .execute()
    await db.schema
      .createIndex('jobs_queue')
      .on('jobs')
      .columns(['status', 'run_after', 'created_at'])
      .execute()
  },
}
