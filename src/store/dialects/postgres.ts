import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { AppError, getMessage } from '../../core/errors.ts'
import { logger } from '../../core/logger.ts'
import { KyselyStore } from '../kysely-store.ts'
import type { Database } from '../schema.ts'

/** The team store: Kysely over node-postgres, tsvector for search. */
export const PostgresStore = {
  /** Connects to `postgres://…`, checks the server answers, and migrates the schema. */
  async open(url: string): Promise<KyselyStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 })
    // An idle connection the server drops (restart, admin command) must not crash the process:
    // the pool replaces it on the next query.
    pool.on('error', (error) => {
      logger.warn(`PostgreSQL connection lost: ${error.message}`)
    })
    try {
      const client = await pool.connect()
      client.release()
    } catch (error: unknown) {
      await pool.end()
      throw new AppError(
        'store_unavailable',
        `cannot connect to PostgreSQL at ${redact(url)}: ${getMessage(error)}`,
        { cause: error },
      )
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    await KyselyStore.migrate(db, 'postgres', redact(url))
    return new KyselyStore(db, 'postgres')
  },
}

/** A connection URL with its password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:…@')
}
