import type { Kysely, Migration } from 'kysely'

/** Contributor applications, their uploaded files and their history (status, notes, downloads, mail). */
export const applications: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('applications')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('reference', 'text', (col) => col.notNull().unique())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('region', 'text', (col) => col.notNull())
      .addColumn('languages', 'text', (col) => col.notNull())
      .addColumn('beats', 'text', (col) => col.notNull())
      .addColumn('cover_letter', 'text', (col) => col.notNull())
      .addColumn('talent_pool', 'integer', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('rejected_at', 'text')
      .addColumn('files_purged_at', 'text')
      .execute()
    await db.schema
      .createTable('application_files')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('application_id', 'text', (col) =>
        col.notNull().references('applications.id').onDelete('cascade'),
      )
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('mime', 'text', (col) => col.notNull())
      .addColumn('size', 'integer', (col) => col.notNull())
      .addColumn('vault_key', 'text')
      .addColumn('scan_status', 'text', (col) => col.notNull())
      .addColumn('scan_detail', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createTable('application_events')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('application_id', 'text', (col) =>
        col.notNull().references('applications.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('actor', 'text', (col) => col.notNull())
      .addColumn('detail', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createIndex('application_events_by_application')
      .on('application_events')
      .columns(['application_id', 'at'])
      .execute()
  },
}
