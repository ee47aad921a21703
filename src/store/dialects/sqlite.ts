import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely'
import { AppError, getMessage } from '../../core/errors.ts'
import { halvesDistance } from '../../extract/dedupe/simhash.ts'
import { KyselyStore } from '../kysely-store.ts'
import type { Database } from '../schema.ts'
import { WalCheckpointer } from './wal-checkpointer.ts'

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
    // In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses no
    // committed transaction (only a power cut can roll the newest back, never corrupt), and a
    // batch of articles no longer waits on an fsync.
    database.pragma('synchronous = NORMAL')
    // 64 MiB of page cache instead of 2: the indexes of a large archive are written at random.
    database.pragma('cache_size = -65536')
    // The log is copied back into the database by a worker thread (wal-checkpointer.ts); the
    // writer checkpoints itself only past 40,000 pages (160 MiB), should the worker fall
    // behind. The log is cut back to 64 MiB after a checkpoint.
    const checkpointer = path === ':memory:' ? null : new WalCheckpointer(path)
    database.pragma(`wal_autocheckpoint = ${checkpointer ? 40_000 : 1_000}`)
    database.pragma('journal_size_limit = 67108864')
    addStoreFunctions(database)
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(database, checkpointer) }),
    })
    await KyselyStore.migrate(db, 'sqlite', `"${path}"`)
    return new KyselyStore(db, 'sqlite')
  },
}

/**
 * The functions the store's SQL calls that SQLite lacks, added to a connection: every
 * connection a store runs on needs them (SqliteStore.open adds them).
 */
export function addStoreFunctions(database: SQLite.Database): void {
  // For the copy lookup (stored-originals.ts): SQLite has no bit count of its own.
  database.function(
    'copy_distance',
    { deterministic: true },
    (aHi: unknown, aLo: unknown, bHi: unknown, bLo: unknown) =>
      halvesDistance(Number(aHi), Number(aLo), Number(bHi), Number(bLo)),
  )
}

/** Prepared statements kept per database; the least recently used beyond this are dropped. */
const STATEMENT_CACHE_SIZE = 256

/**
 * The database with `prepare` answered from a cache: Kysely prepares every query it runs, and
 * preparing cost as much as running when an import saves thousands of articles a second. A
 * statement still being iterated (a streamed export) is busy and is never handed out twice.
 */
function withStatementCache(
  database: SQLite.Database,
  checkpointer: WalCheckpointer | null,
): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => {
      checkpointer?.stop()
      database.close()
    },
    prepare(sql: string) {
      const cached = cache.get(sql)
      if (cached && !cached.busy) {
        cache.delete(sql)
        cache.set(sql, cached)
        return cached
      }
      const statement = database.prepare(sql)
      if (!cached) {
        cache.set(sql, statement)
        if (cache.size > STATEMENT_CACHE_SIZE) {
          cache.delete(cache.keys().next().value!)
        }
      }
      return statement
    },
  }
}
