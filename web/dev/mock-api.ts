/**
 * A small stand-in for the Watchdesk API, for developing the web UI without the real server.
 *
 *   npx tsx web/dev/mock-api.ts [--port 8080] [--static]
 *
 * Serves `/api/articles`, `/api/articles/:id`, `/api/articles/:id/related` (`limit`, default 8),
 * `/api/search`, `/api/actors/:id` (lists take `limit` and `offset`) and `/api/sources` (two
 * sources, one with a warning) from the fixtures
 * in ./fixtures.ts, with the same JSON shapes and error bodies as the real API. With `--static`
 * it also serves web/dist (with the SPA fallback), so the built UI can be tried on one port.
 * `MOCK_DELAY_MS=800` slows every answer to show loading states; the article id `server-error`
 * answers 500 to show the error state.
 * @module
 */

import { readFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type {
  ArticleRecord,
  ArticleSummary,
  RelatedArticle,
  SearchResult,
  SnippetSegment,
} from '../src/api/types'
import { ACTORS, ARTICLES, sourcesAt } from './fixtures'

/** A JSON answer: status and body. */
export interface MockAnswer {
  status: number
  body: unknown
}

/**
 * Answers one API request (`path` includes the query string). Pure: no I/O; source times are
 * relative to `now`.
 */
export function answerApi(method: string, path: string, now = new Date()): MockAnswer {
  const url = new URL(path, 'http://mock.invalid')
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
  if (method !== 'GET') {
    return fail(405, 'method_not_allowed', `${method} is not supported`)
  }
  const [api, resource, id, ...rest] = parts
  if (
    api === 'api' &&
    resource === 'articles' &&
    id !== undefined &&
    rest.join('/') === 'related'
  ) {
    return answerRelated(id, url.searchParams)
  }
  if (api !== 'api' || rest.length > 0) {
    return notFound(`No API route ${url.pathname}`)
  }
  const page = readPage(url.searchParams)
  if ('error' in page) {
    return page.error
  }
  if (resource === 'articles' && id === undefined) {
    return ok({ total: ARTICLES.length, items: slice(ARTICLES, page).map(summarize) })
  }
  if (resource === 'articles' && id !== undefined) {
    if (id === 'server-error') {
      return fail(500, 'internal_error', 'The mock failed on purpose')
    }
    const record = ARTICLES.find((a) => a.id === id)
    return record ? ok(record) : notFound(`No article with id "${id}"`)
  }
  if (resource === 'search' && id === undefined) {
    const q = (url.searchParams.get('q') ?? '').trim()
    if (!q) {
      return fail(400, 'invalid_query', 'The query parameter "q" is required')
    }
    const hits = search(q)
    return ok({ total: hits.length, items: slice(hits, page) })
  }
  if (resource === 'sources' && id === undefined) {
    return ok({ items: sourcesAt(now) })
  }
  if (resource === 'actors' && id !== undefined) {
    const actor = ACTORS.find((a) => a.id === id)
    if (!actor) {
      return notFound(`No actor with id "${id}"`)
    }
    const mentioning = ARTICLES.filter((a) => a.actors.some((x) => x.id === id)).map(summarize)
    return ok({ actor, articles: { total: mentioning.length, items: slice(mentioning, page) } })
  }
  return notFound(`No API route ${url.pathname}`)
}

/** `GET /api/articles/:id/related?limit=`: like the real API, 400 on a bad limit, 404 on an unknown id. */
function answerRelated(id: string, params: URLSearchParams): MockAnswer {
  const limit = Number(params.get('limit') ?? '8')
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    return fail(
      400,
      'invalid_parameter',
      `limit must be 1–50, got "${String(params.get('limit'))}"`,
    )
  }
  if (id === 'server-error') {
    return fail(500, 'internal_error', 'The mock failed on purpose')
  }
  const record = ARTICLES.find((a) => a.id === id)
  return record
    ? ok({ items: related(record).slice(0, limit) })
    : notFound(`No article with id "${id}"`)
}

/**
 * A simpler "See Also" than the real one: other articles sharing an actor, scored by shared
 * actors (countries weigh less), event roots and title words, best first.
 */
function related(record: ArticleRecord): RelatedArticle[] {
  const ownActors = new Set(record.actors.map((a) => a.id))
  const ownRoots = new Set(record.events.map((e) => e.root))
  const ownWords = titleWords(record)
  return ARTICLES.filter((other) => other.id !== record.id)
    .map((other) => {
      const actors = other.actors.filter((a) => ownActors.has(a.id))
      const eventRoots = [...new Set(other.events.map((e) => e.root))].filter((r) =>
        ownRoots.has(r),
      )
      const terms = [...titleWords(other)].filter((w) => ownWords.has(w))
      const score =
        actors.reduce((sum, a) => sum + (a.kind === 'country' ? 0.5 : 1.5), 0) +
        eventRoots.length * 0.5 +
        terms.length
      const reasons = { actors: actors.map((a) => a.id), eventRoots, terms }
      return { ...summarize(other), score, reasons }
    })
    .filter((item) => item.reasons.actors.length > 0)
    .sort((a, b) => b.score - a.score)
}

function titleWords(record: ArticleRecord): Set<string> {
  return new Set(record.title.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])
}

function readPage(
  params: URLSearchParams,
): { limit: number; offset: number } | { error: MockAnswer } {
  const limit = Number(params.get('limit') ?? '20')
  const offset = Number(params.get('offset') ?? '0')
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return {
      error: fail(
        400,
        'invalid_parameter',
        `limit must be 1–100, got "${String(params.get('limit'))}"`,
      ),
    }
  }
  if (!Number.isInteger(offset) || offset < 0) {
    return {
      error: fail(
        400,
        'invalid_parameter',
        `offset must be ≥ 0, got "${String(params.get('offset'))}"`,
      ),
    }
  }
  return { limit, offset }
}

function slice<T>(items: readonly T[], { limit, offset }: { limit: number; offset: number }): T[] {
  return items.slice(offset, offset + limit)
}

function summarize(record: ArticleRecord): ArticleSummary {
  const { id, title, url, source, byline, published, language, body } = record
  const first = body.split(/\n\s*\n/)[0] ?? ''
  const excerpt = first.length > 220 ? `${first.slice(0, 219).replace(/\s+\S*$/, '')}…` : first
  return { id, title, url, source, byline, published, language, excerpt }
}

/** Articles containing every word of `q` (case-insensitive), with a snippet around the first. */
function search(q: string): SearchResult[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean)
  return ARTICLES.filter((a) => {
    const text = `${a.title}\n${a.body}`.toLowerCase()
    return words.every((w) => text.includes(w))
  }).map((a) => ({ ...summarize(a), snippet: snippet(a.body, words) }))
}

function snippet(body: string, words: readonly string[]): SnippetSegment[] {
  const lower = body.toLowerCase()
  const first = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0)))
  const from = Math.max(0, first - 60)
  const to = Math.min(body.length, first + 160)
  // Whole words only at the cut ends.
  let text = body.slice(from, to).replace(/\s+/g, ' ')
  if (from > 0) {
    text = text.replace(/^\S*\s/, '')
  }
  if (to < body.length) {
    text = text.replace(/\s\S*$/, '')
  }
  const pattern = new RegExp(
    `(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'gi',
  )
  const segments = text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, hit: words.includes(part.toLowerCase()) }))
  if (from > 0) {
    segments.unshift({ text: '…', hit: false })
  }
  if (to < body.length) {
    segments.push({ text: '…', hit: false })
  }
  return segments
}

function ok(body: unknown): MockAnswer {
  return { status: 200, body }
}

function notFound(message: string): MockAnswer {
  return fail(404, 'not_found', message)
}

function fail(status: number, error: string, message: string): MockAnswer {
  return { status, body: { ok: false, error, message } }
}

const DIST = fileURLToPath(new URL('../dist/', import.meta.url))
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
}

/** Serves a file of web/dist; paths without an extension get index.html (client routes). */
async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\]|\.\.[/\\])+/, '')
  const file = extname(relative) ? join(DIST, relative) : join(DIST, 'index.html')
  try {
    const content = await readFile(file)
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(content)
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(`Not found: ${pathname} (run "npm run build:web" first?)\n`)
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      static: { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port)
  const delay = Number(process.env.MOCK_DELAY_MS ?? '0')
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (!path.startsWith('/api/') && path !== '/api') {
      if (values.static) {
        void serveStatic(new URL(path, 'http://mock.invalid').pathname, res)
      } else {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('The mock serves /api only (add --static to serve web/dist).\n')
      }
      return
    }
    const answer = answerApi(req.method ?? 'GET', path)
    setTimeout(() => {
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(answer.body))
    }, delay)
  })
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`Watchdesk mock API listening on http://127.0.0.1:${String(port)}\n`)
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  main()
}
