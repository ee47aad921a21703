import type { Kysely, Migration } from 'kysely'
import { sql } from 'kysely'

/**
 * Republished copies by publication date, in a partial index: the dashboard counts mentions and
 * events over recent weeks without joining every row to its article, then takes away what the
 * copies of those weeks contributed — a small range of this index.
 */
export const copiesByDay: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('articles_copies_published')
      .on('articles')
      .columns(['published', 'id'])
      .where(sql.ref('duplicate_of'), 'is not', null)
      .execute()
  },
}
