import { sql, type Migration } from 'kysely'
import type { StoreDialect } from '../dialect.ts'

/**
 * Republished copies leave the full-text index: search never shows them, and checking each
 * match for being a copy cost a read of its whole row (a third of search time at 100,000).
 */
export function copiesUnindexed(dialect: StoreDialect): Migration {
  return {
    async up(db) {
      await (
        dialect === 'postgres'
          ? sql`UPDATE articles SET tsv = NULL WHERE duplicate_of IS NOT NULL`
          : sql`INSERT INTO articles_fts(articles_fts, rowid, title, body)
              SELECT 'delete', seq, title, body FROM articles WHERE duplicate_of IS NOT NULL`
      ).execute(db)
    },
  }
}
