import type { Kysely, Migration } from 'kysely'

/** Role changes read in the news, proposed as knowledge-base updates (kb proposals). */
export const roleProposals: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('role_proposals')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('article_id', 'text', (col) =>
        col.notNull().references('articles.id').onDelete('cascade'),
      )
      .addColumn('person', 'text', (col) => col.notNull())
      .addColumn('person_name', 'text', (col) => col.notNull())
      .addColumn('change', 'text', (col) => col.notNull())
      .addColumn('verb', 'text', (col) => col.notNull())
      .addColumn('title', 'text')
      .addColumn('org', 'text')
      .addColumn('country', 'text')
      .addColumn('date', 'text')
      .addColumn('evidence', 'text', (col) => col.notNull())
      .addColumn('evidence_start', 'integer', (col) => col.notNull())
      .addColumn('evidence_end', 'integer', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().defaultTo('pending'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('decided_at', 'text')
      .execute()
    await db.schema
      .createIndex('role_proposals_status')
      .on('role_proposals')
      .columns(['status', 'created_at'])
      .execute()
  },
}
