import { resolve } from 'node:path'
import { PostgresStore } from './dialects/postgres.ts'
import { SqliteStore } from './dialects/sqlite.ts'
import type { Store } from './store.ts'

/** The database used when `WATCHDESK_DB` is not set. */
export const DEFAULT_DB = './data/watchdesk.db'

/**
 * Opens the store a location names: a `postgres://` (or `postgresql://`) URL, `:memory:`, or a
 * SQLite file path (created when absent).
 */
export async function openStore(
  location: string = process.env.WATCHDESK_DB ?? DEFAULT_DB,
): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    return PostgresStore.open(location)
  }
  return SqliteStore.open(location === ':memory:' ? location : resolve(location))
}
