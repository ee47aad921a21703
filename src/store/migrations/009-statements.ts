import type { Kysely, Migration } from 'kysely'

/** Statements of stored articles and what they answer, for threads across the archive. */
export const statements: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('statements')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('article_id', 'text', (col) =>
        col.notNull().references('articles.id').onDelete('cascade'),
      )
      .addColumn('speaker_actor', 'text')
      .addColumn('speaker_name', 'text', (col) => col.notNull())
      .addColumn('responds_to', 'text')
      .addColumn('published', 'text')
      .execute()
    await db.schema
      .createIndex('statements_speaker')
      .on('statements')
      .columns(['speaker_actor', 'published'])
      .execute()
    await db.schema
      .createIndex('statements_responds_to')
      .on('statements')
      .column('responds_to')
      .execute()
    // Articles stored before: their statements as their records give them.
    interface Row {
      id: string
      article_id: string
      speaker_actor: string | null
      speaker_name: string
      responds_to: string | null
      published: string | null
    }
    const typed = db as unknown as Kysely<{
      articles: { id: string; record: string; published: string | null }
      statements: Row
    }>
    for (const article of await typed
      .selectFrom('articles')
      .select(['id', 'record', 'published'])
      .execute()) {
      const record = JSON.parse(article.record) as {
        statements?: {
          id: string
          speaker: { name: string; actor: string | null }
          respondsTo: { statement: string | null } | null
        }[]
      }
      const rows: Row[] = (record.statements ?? []).map((s) => ({
        id: s.id,
        article_id: article.id,
        speaker_actor: s.speaker.actor,
        speaker_name: s.speaker.name,
        responds_to: s.respondsTo?.statement ?? null,
        published: article.published,
      }))
      if (rows.length > 0) {
        await typed
          .insertInto('statements')
          .values(rows)
          .onConflict((oc) => oc.column('id').doNothing())
          .execute()
      }
    }
  },
}
