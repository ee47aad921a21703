import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { PostgresStore } from '../store/dialects/postgres.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'

/** The PostgreSQL server the tests use: the machine's own, on loopback (`.ci/run` starts it). */
export const TEST_POSTGRES =
  process.env.WATCHDESK_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** One backend the store suite runs on. */
export interface TestDialect {
  name: 'sqlite' | 'postgres'
  /** Why it is skipped, or null when it runs. */
  skip: string | null
  /** A fresh, empty store, and how to throw it away. */
  open(): Promise<{ store: Store; dispose: () => Promise<void> }>
}

/**
 * The dialects to test, filtered by `DIALECTS=sqlite,postgres` (default: both). SQLite runs in
 * memory; PostgreSQL gets a new database per store, dropped afterwards. When no server answers,
 * the PostgreSQL half is skipped with the reason, never failed.
 */
export async function testDialects(): Promise<TestDialect[]> {
  const wanted = (process.env.DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim())
  const dialects: TestDialect[] = []
  if (wanted.includes('sqlite')) {
    dialects.push({
      name: 'sqlite',
      skip: null,
      async open() {
        const store = await SqliteStore.open(':memory:')
        return { store, dispose: () => store.close() }
      },
    })
  }
  if (wanted.includes('postgres')) {
    const reason = await postgresUnavailable()
    dialects.push({ name: 'postgres', skip: reason, open: openPostgres })
  }
  return dialects
}

async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES, connectionTimeoutMillis: 2_000 })
  try {
    await client.connect()
    return null
  } catch (error: unknown) {
    return `no PostgreSQL server at ${TEST_POSTGRES} (${error instanceof Error ? error.message : 'unreachable'})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function openPostgres(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const { url, drop } = await temporaryPostgresDatabase()
  const store = await PostgresStore.open(url)
  return {
    store,
    dispose: async () => {
      await store.close()
      await drop()
    },
  }
}

/** A new, empty database on the test server: its URL, and how to drop it. */
export async function temporaryPostgresDatabase(): Promise<{
  url: string
  drop: () => Promise<void>
}> {
  const name = `watchdesk_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: TEST_POSTGRES })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(TEST_POSTGRES)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: TEST_POSTGRES })
      await cleanup.connect()
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await cleanup.end()
    },
  }
}
