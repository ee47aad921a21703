import { resolve } from 'node:path'
import { ValidationError } from '../core/errors.ts'
import { SqliteStore } from './sqlite-store.ts'
import type { Store } from './store.ts'

/** The database used when `WATCHDESK_DB` is not set. */
export const DEFAULT_DB = './data/watchdesk.db'

/**
 * Opens the store a location names: a SQLite file path (created when absent), `:memory:`, or
 * — with the store issue — a `postgres://` URL.
 */
export async function openStore(
  location: string = process.env.WATCHDESK_DB ?? DEFAULT_DB,
): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new ValidationError(
      `PostgreSQL ("${location.replace(/\/\/[^@/]*@/, '//…@')}") is not supported yet: use a SQLite file path`,
      { code: 'unsupported_store' },
    )
  }
  return SqliteStore.open(location === ':memory:' ? location : resolve(location))
}
