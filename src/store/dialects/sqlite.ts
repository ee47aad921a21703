import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { AppError, getMessage } from '../../core/errors.ts'
import { KyselyStore } from '../kysely-store.ts'
import type { Database } from '../schema.ts'

/** The embedded store: Kysely over better-sqlite3, FTS5 for search. */
export const SqliteStore = {
  /** Opens (creating when absent) the database at `path`, `:memory:` for a throwaway one. */
  async open(path: string): Promise<KyselyStore> {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true })
    }
    let database: SQLite.Database
    try {
      database = new SQLite(path)
    } catch (error: unknown) {
      throw new AppError(
        'store_unavailable',
        `cannot open SQLite database "${path}": ${getMessage(error)}`,
        { cause: error },
      )
    }
    database.pragma('journal_mode = WAL')
    database.pragma('foreign_keys = ON')
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
    await KyselyStore.migrate(db, 'sqlite', `"${path}"`)
    return new KyselyStore(db, 'sqlite')
  },
}
