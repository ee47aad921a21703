import type { Migration, MigrationProvider } from 'kysely'
import { initial } from './001-initial.ts'
import { duplicates } from './002-duplicates.ts'

/** Migrations in order; names sort in the order they must run. */
export const migrationProvider: MigrationProvider = {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ '001-initial': initial, '002-duplicates': duplicates })
  },
}
