import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PageFetcher } from '../ingest/fetch/page-fetcher.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { startTestServer, type TestServer } from '../testing/http-server.ts'
import { testKb } from '../testing/test-kb.ts'
import { pollDueSources } from './poll-sources.ts'

const page = (n: number): string =>
  `<html><head><title>Story ${n}</title></head><body><article><p>Story ${n}: Armenian Prime Minister Nikol Pashinyan said on Tuesday that border talks with Azerbaijan would resume in Brussels next week.</p></article></body></html>`
let items = ['/a/1', '/a/2']
let version = 1
let server: TestServer
let store: Store

beforeAll(async () => {
  const routes: Parameters<typeof startTestServer>[0] = {
    '/feed.xml': (request, response) => {
      const etag = `"v${version}"`
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304).end()
        return
      }
      response
        .writeHead(200, { 'content-type': 'application/rss+xml', etag })
        .end(
          `<rss><channel><title>T</title>${items.map((i) => `<item><link>${i}</link></item>`).join('')}</channel></rss>`,
        )
    },
    '/down.xml': (_q, r) => r.writeHead(500).end(),
    '/broken-items.xml': (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<rss><channel><title>B</title><item><link>/gone/1</link></item></channel></rss>'),
    '/gone/1': (_q, r) => r.writeHead(404).end(),
  }
  for (let n = 1; n <= 5; n++) {
    routes[`/a/${n}`] = (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(page(n))
  }
  server = await startTestServer(routes)
  store = await SqliteStore.open(':memory:')
})
afterAll(async () => {
  await store.close()
  await server.close()
})

const fetcher = new PageFetcher({
  allowPrivate: true,
  perHostDelayMs: 0,
  retries: 0,
  timeoutMs: 2000,
})
const at = (minutes: number): Date => new Date(Date.UTC(2024, 0, 1, 12, minutes))

describe('polling sources', () => {
  it('ingests the items of a new feed, then adds nothing on a 304, then only what is new', async () => {
    const source = await store.addSource(`${server.url}/feed.xml`, 900, at(0))
    const first = await pollDueSources({ store, kb: testKb(), fetcher, now: at(0) })
    expect(first.map((r) => [r.status, r.newItems, r.ingest?.inserted])).toEqual([
      ['new_items', 2, 2],
    ])
    // Not due again before its interval.
    expect(await pollDueSources({ store, kb: testKb(), fetcher, now: at(5) })).toEqual([])
    const second = await pollDueSources({ store, kb: testKb(), fetcher, now: at(15) })
    expect(second.map((r) => r.status)).toEqual(['not_modified'])
    items = ['/a/3', ...items]
    version = 2
    const third = await pollDueSources({ store, kb: testKb(), fetcher, now: at(30) })
    expect(third.map((r) => [r.status, r.newItems, r.ingest?.inserted])).toEqual([
      ['new_items', 1, 1],
    ])
    expect(await store.countArticles()).toBe(3)
    const health = (await store.getSource(source.id, at(30)))?.health
    expect(health).toMatchObject({ itemsSeen: 3, warning: null })
  })

  it('records a failing source, backs off, and warns in its health', async () => {
    const source = await store.addSource(`${server.url}/down.xml`, 600, at(0))
    const [report] = await pollDueSources({ store, kb: testKb(), fetcher, now: at(40) })
    expect(report).toMatchObject({ status: 'error', error: expect.stringMatching(/answered 500/) })
    const after = await store.getSource(source.id, at(41))
    expect(after?.health.warning).toMatch(/last poll failed: .*answered 500/)
    expect(Date.parse(after!.nextPollAt) - at(40).getTime()).toBe(1200 * 1000)
  })

  it('counts fetches by outcome, pages fetched, fetch errors by code and extraction time', async () => {
    await store.addSource(`${server.url}/broken-items.xml`, 900, at(0))
    await pollDueSources({ store, kb: testKb(), fetcher, now: at(50) })
    const counters = Object.fromEntries(
      (await store.readMetrics()).map((m) => [`${m.name}{${m.labels}}`, m.value]),
    )
    // feed.xml: two polls with items and two 304s (the last at minute 50); broken-items.xml
    // answered but its one item is gone (404); down.xml answered 500.
    expect(counters).toMatchObject({
      'watchdesk_fetches_total{outcome="ok"}': 3,
      'watchdesk_fetches_total{outcome="not_modified"}': 2,
      'watchdesk_fetches_total{outcome="error"}': 1,
      'watchdesk_items_fetched_total{}': 3,
      'watchdesk_fetch_errors_total{kind="http_retryable"}': 1,
      'watchdesk_fetch_errors_total{kind="http_error"}': 1,
      'watchdesk_extraction_seconds_count{}': 3,
      'watchdesk_extraction_seconds_bucket{le="+Inf"}': 3,
    })
    expect(counters['watchdesk_extraction_seconds_sum{}']).toBeGreaterThan(0)
  })

  it('warns when a source has been silent for much longer than usual', async () => {
    const source = await store.addSource('https://silent.example/feed', 900, at(0))
    const day = 86_400_000
    for (let i = 0; i < 5; i++) {
      await store.newItems(
        source.id,
        [`https://silent.example/${i}`],
        new Date(at(0).getTime() + i * 6 * 3_600_000),
      )
    }
    expect(
      (await store.getSource(source.id, new Date(at(0).getTime() + day + 3_600_000)))?.health
        .warning,
    ).toBeNull()
    expect(
      (await store.getSource(source.id, new Date(at(0).getTime() + 5 * day)))?.health.warning,
    ).toMatch(/no new items for \d+ h; it usually publishes every 6 h/)
  })
})
