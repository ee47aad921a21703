/**
 * Dashboard at scale (`npm run bench:dashboard -- [size]`, default 10,000): stores a synthetic
 * archive made by the real pipeline from recombined demo-corpus paragraphs (new ids, URLs, dates
 * and outlets), serves it with `watchdesk serve`, and times Chromium from navigation to the
 * dashboard's first content (the latest articles and the tension sparklines) over several loads.
 * Skipped with a message when /usr/bin/chromium is absent.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { extractDocument } from '../src/extract/extract-document.ts'
import { ingestDocuments } from '../src/ingest/ingest-documents.ts'
import { demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { SqliteStore } from '../src/store/dialects/sqlite.ts'
import type { BenchRow } from './harness.ts'
import { random } from './synthetic-archive.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const GOAL_MS = 1_000
const LOADS = 7

/** Fills a SQLite file with `size` articles analysed from recombined demo paragraphs. */
export async function seedSynthetic(file: string, size: number): Promise<void> {
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
  const store = await SqliteStore.open(file)
  await ingestDocuments(demoCorpusInputs(), { store, kb })
  const demo: { title: string; paragraphs: string[] }[] = []
  for await (const { record } of store.exportRecords()) {
    if (record.language === 'en') {
      demo.push({ title: record.title, paragraphs: record.body.split('\n\n') })
    }
  }
  const next = random(11)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  for (let n = 0; (await store.countArticles()) < size && n < size * 2; n++) {
    const lead = pick(demo)
    const paragraphs = [
      ...lead.paragraphs.slice(0, 3),
      ...pick(demo).paragraphs.slice(1, 3),
      ...pick(demo).paragraphs.slice(2, 4),
    ]
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 2_400) * 86_400_000)
      .toISOString()
      .slice(0, 10)
    await store.saveArticle(
      extractDocument(
        {
          url: `https://outlet${String(n % 9)}.example/news/${String(n)}`,
          published: day,
          title: `${lead.title} (${String(n)})`,
          text: `${paragraphs.join('\n\n')}\n\nDispatch ${String(n)} filed on ${day}.`,
        },
        { kb },
      ),
    )
  }
  await store.close()
}

/** The dashboard benchmark rows. */
export async function dashboardBench(size = 10_000): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) {
    console.error(`dashboard bench skipped: no Chromium at ${CHROMIUM}`)
    return []
  }
  const dir = await mkdtemp(join(tmpdir(), 'watchdesk-dash-'))
  const file = join(dir, 'watchdesk.db')
  const seeded = performance.now()
  await seedSynthetic(file, size)
  console.error(
    `seeded ${String(size)} articles in ${((performance.now() - seeded) / 1000).toFixed(0)} s`,
  )
  const { content, charts } = await measureDashboard(file, LOADS)
  await rm(dir, { recursive: true, force: true })
  const row = (what: string, times: number[]): BenchRow => {
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
    return {
      figure: `dashboard ${what}, ${size.toLocaleString('en')} articles (Chromium, median of ${String(LOADS)})`,
      value: `${median.toFixed(0)} ms`,
      peer: 'goal',
      peerValue: `${String(GOAL_MS)} ms`,
      ratio: `${(GOAL_MS / median).toFixed(1)}×`,
    }
  }
  return [row('first content (latest articles)', content), row('with tension charts drawn', charts)]
}

/**
 * Serves the database in `file` and loads the dashboard `loads` times in Chromium after a
 * warm-up: milliseconds to the first article link, and to the first tension chart drawn.
 */
export async function measureDashboard(
  file: string,
  loads: number,
): Promise<{ content: number[]; charts: number[] }> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ['bin/watchdesk.js', 'serve', '--port', String(port), '--db', file],
    {
      cwd: ROOT,
      env: { ...process.env, WATCHDESK_LOG: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const url = `http://127.0.0.1:${String(port)}/`
  try {
    await new Promise<void>((resolve, reject) => {
      let out = ''
      const onData = (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes(url.slice(0, -1))) {
          resolve()
        }
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      child.once('exit', () => {
        reject(new Error(`serve exited:\n${out}`))
      })
    })
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu'],
    })
    const content: number[] = []
    const charts: number[] = []
    for (let i = 0; i <= loads; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const start = performance.now()
      await page.goto(url)
      await page.locator('main a[href^="/articles/"]').first().waitFor()
      const first = performance.now() - start
      await page.locator('.tension-card svg').first().waitFor()
      if (i > 0) {
        content.push(first)
        charts.push(performance.now() - start)
      }
      await page.close()
    }
    await browser.close()
    return { content, charts }
  } finally {
    child.kill('SIGTERM')
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port)
        } else {
          reject(new Error('no free port'))
        }
      })
    })
  })
}
