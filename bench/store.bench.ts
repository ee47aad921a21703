/**
 * Store at scale (`npm run bench:store -- [size]`, default 20,000; 100000 and 1000000 for the
 * issue's table): a synthetic archive of realistic records (templates filled from the
 * knowledge base: people, states, events, dates), generated as a stream and saved in batches
 * through the store, then search with facets, related articles, bytes per
 * article and peak RSS — on SQLite, and on PostgreSQL when a server answers.
 */
import { rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { ARTICLE_SCHEMA, type ArticleRecord } from '../src/core/article.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { PostgresStore } from '../src/store/dialects/postgres.ts'
import { SqliteStore } from '../src/store/dialects/sqlite.ts'
import type { Store } from '../src/store/store.ts'
import { median, type BenchRow } from './harness.ts'

const EVENTS = [
  ['020', '02', 'Make an appeal or request', 3],
  ['111', '11', 'Criticize or denounce', -2],
  ['040', '04', 'Consult', 1],
  ['190', '19', 'Use conventional military force', -10],
  ['057', '05', 'Sign formal agreement', 8],
] as const
const VERBS = [
  'urged',
  'criticised',
  'met',
  'accused',
  'welcomed',
  'rejected',
  'discussed',
  'warned',
]
const TOPICS = [
  'border delimitation',
  'the peace treaty',
  'the Lachin corridor',
  'arms purchases',
  'the CSTO',
  'EU accession',
  'energy transit',
  'prisoners of war',
]

/** A deterministic pseudo-random generator, so that every run stores the same archive. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

/** The archive, made one record at a time so that a million never sit in memory at once. */
function* syntheticRecords(kb: KnowledgeBase, count: number): Generator<ArticleRecord> {
  const people = [...kb.entries()].filter((e) => e.kind === 'person' && e.country)
  const next = random(7)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  for (let n = 0; n < count; n++) {
    const a = pick(people)
    const b = pick(people)
    const topic = pick(TOPICS)
    const event = pick(EVENTS)
    const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(next() * 2900) * 86_400_000)
      .toISOString()
      .slice(0, 10)
    const body = [
      `${a.name} ${pick(VERBS)} ${b.name} over ${topic} on ${day}, officials said.`,
      `The statement on ${topic} followed weeks of talks between ${a.country} and ${b.country} delegations, according to people familiar with the matter, and drew comments from several capitals.`,
      `Analysts said the dispute over ${topic} was unlikely to be settled before the end of the year, while ${b.name} said his side remained open to dialogue on ${topic}.`,
    ].join('\n\n')
    yield {
      schema: ARTICLE_SCHEMA,
      id: `synthetic-${n}`,
      url: `https://synthetic.example/${n}`,
      canonicalUrl: null,
      source: { name: `Outlet ${n % 7}`, domain: `outlet${n % 7}.example` },
      title: `${a.name} and ${b.name} at odds over ${topic}`,
      byline: null,
      published: day,
      language: 'en',
      body: `${body}\n\nReport ${n}.`,
      actors: [a, b].map((p) => ({
        id: p.id,
        name: p.name,
        kind: 'person' as const,
        country: p.country ?? null,
        cameo: p.cameo,
        role: null,
      })),
      mentions: [],
      quotes: [],
      statements: [],
      events: [
        {
          code: event[0],
          root: event[1],
          label: event[2],
          plover: null,
          goldstein: event[3],
          source: { actor: a.id, name: a.name, cameo: a.cameo },
          target: { actor: b.id, name: b.name, cameo: b.cameo },
          date: day,
          location: null,
          start: 0,
          end: 1,
        },
      ],
      references: [],
    }
  }
}

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
  let batch: ArticleRecord[] = []
  let saved = 0
  const progress = process.stderr.isTTY
  for (const record of syntheticRecords(kb, size)) {
    batch.push(record)
    if (batch.length === BATCH_SIZE || saved + batch.length === size) {
      await store.saveArticles(batch.map((r) => ({ record: r, dates: [], roleChanges: [] })))
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
  const rate = size / ((performance.now() - started) / 1000)
  const searchTimes: number[] = []
  const relatedTimes: number[] = []
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now()
    await store.search({
      q: TOPICS[i % TOPICS.length]!,
      limit: 20,
      offset: 0,
      ...(i % 2 ? { country: 'ARM' } : {}),
    })
    searchTimes.push(performance.now() - t0)
    const t1 = performance.now()
    await store.relatedArticles(`synthetic-${(i * 97) % size}`, 8)
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

/** Runs the scale benchmark on each backend available. */
export async function storeBench(size = 20_000): Promise<BenchRow[]> {
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
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
