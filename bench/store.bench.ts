/**
 * Store at scale (`npm run bench:store -- [size]`, default 20,000; 100000 and 1000000 for the
 * issue's table): a synthetic archive of realistic records (synthetic-archive.ts), generated as
 * a stream and saved in batches through the store, then search with facets, related articles,
 * bytes per article and peak RSS — on SQLite, and on PostgreSQL when a server answers.
 */
import { rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { ArticleRecord } from '../src/core/article.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { PostgresStore } from '../src/store/dialects/postgres.ts'
import { SqliteStore } from '../src/store/dialects/sqlite.ts'
import type { Store } from '../src/store/store.ts'
import { median, printTable, type BenchRow } from './harness.ts'
import { syntheticRecords } from './synthetic-archive.ts'

/** Queries timed, each without filters and with each of the filters below. */
const SEARCHES = [
  'border delimitation',
  'peace treaty',
  'Lachin',
  'sanctions',
  'Pashinyan',
  'referendum',
  'pipeline',
  'observers',
]
const FILTERS = [
  {},
  { country: 'ARM' },
  { actor: 'nikol-pashinyan' },
  { eventRoot: '11' },
  { from: '2022-01-01', to: '2022-06-30' },
]

/** Articles saved per transaction, as `watchdesk ingest` saves them. */
const BATCH_SIZE = 1000

async function measure(
  name: string,
  store: Store,
  kb: KnowledgeBase,
  size: number,
  sizeOf: () => Promise<number>,
): Promise<BenchRow[]> {
  let peak = process.memoryUsage().rss
  const started = performance.now()
  // The store's share of the import: generating the synthetic records is not the product's work.
  let storing = 0
  let batch: ArticleRecord[] = []
  let saved = 0
  const progress = process.stderr.isTTY
  for (const record of syntheticRecords(kb, size)) {
    batch.push(record)
    if (batch.length === BATCH_SIZE || saved + batch.length === size) {
      const t0 = performance.now()
      await store.saveArticles(batch.map((r) => ({ record: r, dates: [], roleChanges: [] })))
      storing += performance.now() - t0
      saved += batch.length
      batch = []
      peak = Math.max(peak, process.memoryUsage().rss)
      if (progress) {
        process.stderr.write(
          `\r${name}: ${saved.toLocaleString('en')} / ${size.toLocaleString('en')}`,
        )
      }
    }
  }
  if (progress) {
    process.stderr.write('\n')
  }
  const rate = size / (storing / 1000)
  const wallRate = size / ((performance.now() - started) / 1000)
  const searchTimes: number[] = []
  const relatedTimes: number[] = []
  for (let i = 0; i < SEARCHES.length * 5; i++) {
    const t0 = performance.now()
    await store.search({
      q: SEARCHES[i % SEARCHES.length]!,
      limit: 20,
      offset: 0,
      ...FILTERS[Math.floor(i / SEARCHES.length) % FILTERS.length],
    })
    searchTimes.push(performance.now() - t0)
    const t1 = performance.now()
    await store.relatedArticles(`synthetic-${String((i * 7_919) % size)}`, 8)
    relatedTimes.push(performance.now() - t1)
  }
  const p95 = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!
  const row = (
    figure: string,
    value: string,
    peer = '—',
    peerValue = '—',
    ratio = '—',
  ): BenchRow => ({
    figure: `store ${name}, ${size} articles: ${figure}`,
    value,
    peer,
    peerValue,
    ratio,
  })
  return [
    row(
      `ingest rate (batches of ${BATCH_SIZE})`,
      `${Math.round(rate)} records/s`,
      'goal (issue 7, batched)',
      '5000 records/s',
      `${(rate / 5000).toFixed(2)}×`,
    ),
    row('import rate, records generated included', `${Math.round(wallRate)} records/s`),
    row(
      'search with facets p50 / p95',
      `${median(searchTimes).toFixed(1)} / ${p95(searchTimes).toFixed(1)} ms`,
      'goal p95 (at 1M)',
      '50 ms',
      '—',
    ),
    row('related articles p95', `${p95(relatedTimes).toFixed(1)} ms`),
    row('bytes per article', `${Math.round((await sizeOf()) / size)}`),
    row('peak RSS while importing', `${Math.round(peak / 1_048_576)} MiB`, 'goal', '1024 MiB', '—'),
  ]
}

/** Runs the scale benchmark on each backend available (or those named). */
export async function storeBench(
  size = 20_000,
  backends: readonly ('sqlite' | 'postgres')[] = ['sqlite', 'postgres'],
): Promise<BenchRow[]> {
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
  const rows: BenchRow[] = []
  if (backends.includes('sqlite')) {
    rows.push(...(await sqliteRows(kb, size)))
    // Printed as soon as they are known: the PostgreSQL half of a large run takes long.
    printTable(rows)
  }
  if (backends.includes('postgres')) {
    rows.push(...(await postgresRows(kb, size)))
  }
  return rows
}

async function sqliteRows(kb: KnowledgeBase, size: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const file = join(tmpdir(), `watchdesk-bench-${process.pid}.db`)
  const sqlite = await SqliteStore.open(file)
  const fileSize = (): Promise<number> =>
    Promise.resolve(
      statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0),
    )
  rows.push(...(await measure('SQLite', sqlite, kb, size, fileSize)))
  await sqlite.close()
  rmSync(file, { force: true })
  rmSync(`${file}-wal`, { force: true })
  rmSync(`${file}-shm`, { force: true })
  return rows
}

async function postgresRows(kb: KnowledgeBase, size: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const server =
    process.env.WATCHDESK_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2000 })
  try {
    await admin.connect()
  } catch {
    console.log('bench:store: PostgreSQL half skipped: no server answers')
    return rows
  }
  const name = `watchdesk_bench_${process.pid}`
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(server)
  url.pathname = `/${name}`
  const store = await PostgresStore.open(url.href)
  try {
    rows.push(
      ...(await measure('PostgreSQL', store, kb, size, async () =>
        Number(
          (await admin.query<{ n: string }>(`SELECT pg_database_size('${name}') AS n`)).rows[0]
            ?.n ?? 0,
        ),
      )),
    )
  } finally {
    await store.close()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
  return rows
}
