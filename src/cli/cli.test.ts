import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import pg from 'pg'
import { startTestServer } from '../testing/http-server.ts'
import { TEST_POSTGRES, testDialects } from '../testing/store-dialects.ts'

// Each call starts a process that loads the sources through tsx: seconds apiece on a busy
// two-core machine, so these tests get more time than the default.
const CLI_TIMEOUT = 90_000

const run = promisify(execFile)
const BIN = new URL('../../bin/watchdesk.js', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'watchdesk-cli-'))

async function watchdesk(
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run('node', [BIN, ...args], {
    env: { ...process.env, WATCHDESK_LOG: 'info', WATCHDESK_ALLOW_PRIVATE: '1' },
  })
  if (input !== undefined) {
    child.child.stdin?.end(input)
  }
  try {
    const { stdout, stderr } = await child
    return { code: 0, stdout, stderr }
  } catch (error: unknown) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const PAGE = `<html><head><title>Talks resume in Brussels | Test Outlet</title><meta property="article:published_time" content="2023-05-14T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Talks resume in Brussels</h1>
<p>Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels on Sunday, the European Council said.</p>
<p>“We are ready to continue,” Pashinyan said after the meeting, adding that much work remained.</p></article></body></html>`

describe('watchdesk extract', { timeout: CLI_TIMEOUT }, () => {
  it('prints one valid record for an HTML file', async () => {
    const file = join(dir, 'page.html')
    writeFileSync(file, PAGE)
    const { code, stdout } = await watchdesk([
      'extract',
      file,
      '--json',
      '--url',
      'https://test.example/a',
    ])
    expect(code).toBe(0)
    const record = JSON.parse(stdout) as {
      title: string
      published: string
      url: string
      quotes: unknown[]
    }
    expect(record).toMatchObject({
      title: 'Talks resume in Brussels',
      published: '2023-05-14T10:00:00Z',
      url: 'https://test.example/a',
    })
    expect(record.quotes.length).toBeGreaterThan(0)
  })

  it('keeps input order for JSON Lines, puts {id, error} in place of a bad document, and exits non-zero', async () => {
    const file = join(dir, 'docs.jsonl')
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'one',
          text: 'Pashinyan said that talks would go on.',
          published: '2023-05-14',
        }),
        '{"id": "two", "text": ',
        JSON.stringify({ id: 'three', html: PAGE }),
        JSON.stringify({ id: 'four' }),
      ].join('\n'),
    )
    const { code, stdout } = await watchdesk(['extract', file, '--jsonl'])
    expect(code).toBe(1)
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; error?: string })
    expect(lines.map((l) => [l.id, l.error === undefined])).toEqual([
      ['one', true],
      ['two', false],
      ['three', true],
      ['four', false],
    ])
    expect(lines[3]?.error).toMatch(/neither "html" nor "text"/)
  })

  it('reads stdin with -, and names an unknown input kind', async () => {
    const { stdout } = await watchdesk(
      ['extract', '-', '--input', 'text', '--json'],
      'Nikol Pashinyan said that Armenia wants peace with Azerbaijan.',
    )
    expect(JSON.parse(stdout)).toMatchObject({
      actors: expect.arrayContaining([expect.objectContaining({ id: 'nikol-pashinyan' })]),
    })
    const unknown = await watchdesk(['extract', join(dir, 'file.pdf'), '--jsonl'])
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toContain('cannot tell the input kind')
  })
})

describe('watchdesk ingest, search and export', { timeout: CLI_TIMEOUT }, () => {
  it('stores once, reports failures, finds and exports', async () => {
    const db = join(dir, 'w.db')
    const page = join(dir, 'ingest.html')
    writeFileSync(page, PAGE)
    const first = await watchdesk(['ingest', page, join(dir, 'missing.html'), '--db', db])
    expect(first.code).toBe(1)
    expect(first.stderr).toMatch(/1 new, 0 republished copies, 0 already stored, 1 failed/)
    expect(first.stderr).toMatch(/missing\.html/)
    const again = await watchdesk(['ingest', page, '--db', db])
    expect(again.stderr).toMatch(/0 new, 0 republished copies, 1 already stored, 0 failed/)
    const search = await watchdesk(['search', 'Brussels', '--json', '--db', db])
    expect(JSON.parse(search.stdout)).toMatchObject({
      total: 1,
      items: [{ title: 'Talks resume in Brussels' }],
    })
    const exported = await watchdesk(['export', '--format', 'jsonl', '--db', db])
    expect(exported.stdout.trim().split('\n')).toHaveLength(1)
    const badFormat = await watchdesk(['export', '--format', 'xml', '--db', db])
    expect(badFormat.code).toBe(1)
    expect(badFormat.stderr).toMatch(/--format "xml" is not supported/)
  })
})

describe('watchdesk ingest from the web', { timeout: CLI_TIMEOUT }, () => {
  it('reads a feed from a local server, fetches its pages, and lists what failed', async () => {
    const server = await startTestServer({
      '/feed.xml': (_q, r) =>
        r
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(
            `<rss><channel><title>Test</title><item><link>/a</link><pubDate>Sun, 14 May 2023 10:00:00 GMT</pubDate></item><item><link>/missing</link></item></channel></rss>`,
          ),
      '/a': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    })
    try {
      const db = join(dir, 'feed.db')
      const result = await watchdesk(['ingest', `${server.url}/feed.xml`, '--db', db])
      expect(result.stderr).toMatch(/ingested 2 documents: 1 new/)
      expect(result.stderr).toMatch(/failed: .*\/missing: .*answered 404/)
      expect(result.code).toBe(1)
    } finally {
      await server.close()
    }
  })
})

const postgres = (await testDialects()).find((d) => d.name === 'postgres')

describe.skipIf(postgres?.skip !== null)('watchdesk on PostgreSQL', () => {
  it('ingests into and searches a postgres:// database', async () => {
    const name = `watchdesk_cli_${process.pid}`
    const admin = new pg.Client({ connectionString: TEST_POSTGRES })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${name}`)
    const url = new URL(TEST_POSTGRES)
    url.pathname = `/${name}`
    try {
      const page = join(dir, 'pg.html')
      writeFileSync(page, PAGE)
      expect((await watchdesk(['ingest', page, '--db', url.href])).stderr).toMatch(/1 new/)
      const search = await watchdesk(['search', 'Brussels', '--json', '--db', url.href])
      expect(JSON.parse(search.stdout)).toMatchObject({ total: 1 })
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    }
  })
})

describe('watchdesk sources, watch and tokens', { timeout: CLI_TIMEOUT }, () => {
  it('registers a feed, polls it once, and reports its health', async () => {
    const server = await startTestServer({
      '/feed.xml': (_q, r) =>
        r
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<rss><channel><item><link>/a</link></item></channel></rss>`),
      '/a': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    })
    const db = join(dir, 'watch.db')
    try {
      expect(
        (
          await watchdesk([
            'sources',
            'add',
            `${server.url}/feed.xml`,
            '--interval',
            '10m',
            '--db',
            db,
          ])
        ).stdout,
      ).toMatch(/every 10 min/)
      expect(
        (await watchdesk(['sources', 'add', 'ftp://x.example/feed', '--db', db])).stderr,
      ).toMatch(/not an http\(s\) URL/)
      const watch = await watchdesk(['watch', '--once', '--db', db])
      expect(watch.code).toBe(0)
      expect(watch.stderr).toMatch(/feed.xml: 1 new items, 1 stored/)
      const list = JSON.parse(
        (await watchdesk(['sources', 'list', '--json', '--db', db])).stdout,
      ) as { health: { itemsSeen: number } }[]
      expect(list[0]?.health.itemsSeen).toBe(1)
    } finally {
      await server.close()
    }
  })

  it('creates, lists and revokes tokens without ever listing a secret', async () => {
    const db = join(dir, 'tokens.db')
    const created = await watchdesk(['tokens', 'create', 'newsroom', '--db', db])
    const secret = created.stdout.trim()
    expect(secret).toMatch(/^wd_/)
    const list = (await watchdesk(['tokens', 'list', '--db', db])).stdout
    expect(list).toContain('newsroom')
    expect(list).not.toContain(secret)
    const id = list.split(/\s+/)[0]!
    expect((await watchdesk(['tokens', 'revoke', id, '--db', db])).stdout).toMatch(/revoked/)
    expect((await watchdesk(['tokens', 'revoke', id, '--db', db])).code).toBe(1)
  })

  it('bootstraps the first admin, lists users, gives them tokens, and removes them', async () => {
    const db = join(dir, 'users.db')
    const add = (email: string, role: string, password: string) =>
      watchdesk(
        ['users', 'add', email, '--role', role, '--password-stdin', '--db', db],
        `${password}\n`,
      )
    const added = await add('chief@example.org', 'admin', 'a long admin password')
    expect(added.code).toBe(0)
    expect(added.stderr).toMatch(/user chief@example.org \(admin\) added/)
    expect((await add('chief@example.org', 'admin', 'a long admin password')).stderr).toMatch(
      /already exists/,
    )
    expect((await add('ed@example.org', 'editor', 'short')).stderr).toMatch(/at least 10/)
    const token = await watchdesk([
      'tokens',
      'create',
      'chief laptop',
      '--user',
      'chief@example.org',
      '--scope',
      'read',
      '--db',
      db,
    ])
    expect(token.stdout.trim()).toMatch(/^wd_/)
    expect((await watchdesk(['tokens', 'list', '--db', db])).stdout).toMatch(
      /chief laptop {2}read {2}user /,
    )
    const users = JSON.parse((await watchdesk(['users', 'list', '--json', '--db', db])).stdout) as {
      email: string
      role: string
    }[]
    expect(users.map((u) => [u.email, u.role])).toEqual([['chief@example.org', 'admin']])
    expect(JSON.stringify(users)).not.toContain('scrypt')
    expect((await watchdesk(['users', 'remove', 'chief@example.org', '--db', db])).stdout).toMatch(
      /removed chief@example.org/,
    )
    expect((await watchdesk(['tokens', 'list', '--db', db])).stdout).toMatch(/revoked/)
  })
})

describe('crash safety', { timeout: CLI_TIMEOUT }, () => {
  it('loses nothing committed when an ingest is killed, and a rerun resumes without duplicates', async () => {
    const db = join(dir, 'crash.db')
    // Enough distinct articles that the ingest is still running after its first commits.
    const inputs = join(dir, 'crash-inputs')
    const total = 600
    mkdirSync(inputs)
    for (let n = 0; n < total; n++) {
      writeFileSync(join(inputs, `${String(n).padStart(4, '0')}.txt`), distinctStory(n))
    }
    const child = spawn('node', [BIN, 'ingest', inputs, '--db', db], { stdio: 'ignore' })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    // Kill it hard once some articles are in.
    const started = Date.now()
    while ((existsSync(db) ? countRows(db) : 0) === 0 && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    child.kill('SIGKILL')
    await exited
    expect(child.signalCode, 'the ingest ended before it could be killed').toBe('SIGKILL')
    const before = countRows(db)
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(total)
    const rerun = await watchdesk(['ingest', inputs, '--db', db])
    expect(rerun.code).toBe(0)
    expect(countRows(db)).toBe(total)
    expect(rerun.stderr).toMatch(
      new RegExp(`${total - before} new, 0 republished copies, ${before} already stored, 0 failed`),
    )
  })
})

/** A short news text of its own for each n: words drawn in an order no other n gives. */
function distinctStory(n: number): string {
  const words =
    'border talks ministers agreed delegation treaty observers capital parliament sanctions envoy summit corridor pipeline election referendum protest cabinet court ceasefire'.split(
      ' ',
    )
  let state = n + 1
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0)
  const sentences = Array.from({ length: 12 }, () =>
    Array.from({ length: 9 }, () => words[next() % words.length]).join(' '),
  )
  return `Dispatch ${String(n)}\n\n${sentences.join('. ')}.\n`
}

function countRows(db: string): number {
  const database = new Database(db, { readonly: true, fileMustExist: true })
  try {
    return (database.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  } catch {
    return 0
  } finally {
    database.close()
  }
}
