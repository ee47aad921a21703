import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { sampleArticles } from '../testing/sample-articles.ts'
import { testKb } from '../testing/test-kb.ts'
import { createApp } from './app.ts'

let store: Store
let app: ReturnType<typeof createApp>
const articles = sampleArticles()

beforeAll(async () => {
  store = await SqliteStore.open(':memory:')
  for (const article of articles) {
    await store.saveArticle(article)
  }
  app = createApp({ store, kb: testKb() })
})
afterAll(async () => {
  await store.close()
})

async function get(path: string): Promise<{ status: number; body: unknown }> {
  // Bodies are checked with matchers, so their shape is left open here.
  const res = await app.request(path)
  return { status: res.status, body: await res.json() }
}

describe('HTTP API', () => {
  it('GET /api/health', async () => {
    expect(await get('/api/health')).toEqual({
      status: 200,
      body: {
        ok: true,
        database: { ok: true, articles: 3 },
        queue: { queued: 0, running: 0, done: 0, failed: 0 },
        poller: { lastPollAt: null, nextPollAt: null, overdue: 0 },
        sources: { total: 0, failing: 0, warnings: [], lastSuccessAt: null },
      },
    })
  })

  it('GET /metrics speaks the Prometheus text format', async () => {
    const res = await app.request('/metrics')
    expect(res.headers.get('content-type')).toMatch(/text\/plain/)
    const text = await res.text()
    expect(text).toMatch(/^watchdesk_articles 3$/m)
    expect(text).toMatch(/^watchdesk_alert_deliveries\{status="pending"\} 0$/m)
    expect(text).toMatch(/^watchdesk_queue_jobs\{status="queued"\} 0$/m)
  })

  it('GET /metrics serves the counters every watcher added to the store, histograms in order', async () => {
    await store.addMetrics([
      { name: 'watchdesk_fetch_errors_total', labels: 'kind="timeout"', value: 2 },
      { name: 'watchdesk_extraction_seconds_bucket', labels: 'le="+Inf"', value: 4 },
      { name: 'watchdesk_extraction_seconds_bucket', labels: 'le="0.01"', value: 3 },
      { name: 'watchdesk_extraction_seconds_sum', labels: '', value: 0.5 },
      { name: 'watchdesk_extraction_seconds_count', labels: '', value: 4 },
    ])
    await store.addMetrics([
      { name: 'watchdesk_fetch_errors_total', labels: 'kind="timeout"', value: 1 },
    ])
    const text = await (await app.request('/metrics')).text()
    expect(text).toMatch(/^# TYPE watchdesk_fetch_errors_total counter$/m)
    expect(text).toMatch(/^watchdesk_fetch_errors_total\{kind="timeout"\} 3$/m)
    expect(text).toMatch(/^# TYPE watchdesk_fetches_total counter$/m)
    const histogram = text.split('\n').filter((l) => l.startsWith('watchdesk_extraction_seconds'))
    expect(histogram).toEqual([
      'watchdesk_extraction_seconds_bucket{le="0.01"} 3',
      'watchdesk_extraction_seconds_bucket{le="+Inf"} 4',
      'watchdesk_extraction_seconds_sum 0.5',
      'watchdesk_extraction_seconds_count 4',
    ])
  })

  it('GET /api/articles pages the latest articles', async () => {
    const { status, body } = await get('/api/articles?limit=2&offset=1')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      total: 3,
      items: [{ published: '2019-11-29' }, { published: '2019-09-13' }],
    })
  })

  it('GET /api/articles/:id returns the record with its dates', async () => {
    const id = articles[0]!.record.id
    const { status, body } = await get(`/api/articles/${id}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      schema: 'watchdesk.article/1',
      id,
      dates: [{ text: '28 November', value: '2019-11-28' }, { text: '12 September' }],
    })
  })

  it('GET /api/articles/:id/related gives "See Also" with reasons', async () => {
    const { status, body } = await get(`/api/articles/${articles[1]!.record.id}/related`)
    expect(status).toBe(200)
    expect((body as { items: unknown[] }).items[0]).toMatchObject({
      id: articles[0]!.record.id,
      reasons: { actors: expect.arrayContaining(['yuri-borisov']) },
    })
    expect((await get('/api/articles/nope/related')).status).toBe(404)
  })

  it('GET /api/export streams every record as a download', async () => {
    const res = await app.request('/api/export?format=csv&from=2019-01-01&to=2019-12-31')
    expect(res.headers.get('content-disposition')).toMatch(/watchdesk-export\.csv/)
    const lines = (await res.text()).trim().split('\n')
    expect(lines).toHaveLength(3)
    expect((await get('/api/export?format=xml')).status).toBe(400)
    expect((await get('/api/export?from=yesterday')).status).toBe(400)
  })

  it('GET /api/statements/:id/thread answers with the chain both ways', async () => {
    const statement = articles[1]!.record.statements.find((st) => st.respondsTo)!
    const { status, body } = await get(`/api/statements/${encodeURIComponent(statement.id)}/thread`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      statement: { id: statement.id },
      answers: [{ id: statement.respondsTo!.statement }],
    })
    expect((await get('/api/statements/nope/thread')).status).toBe(404)
  })

  it('GET /api/search finds and marks hits', async () => {
    const { body } = await get('/api/search?q=Borisov')
    expect(body).toMatchObject({ total: 2 })
  })

  it('GET /api/actors/:id answers from the KB and from stored records', async () => {
    expect(await get('/api/actors/nikol-pashinyan')).toMatchObject({
      status: 200,
      body: {
        actor: { name: 'Nikol Pashinyan', roles: [{ title: 'Prime Minister of Armenia' }] },
        articles: { total: 1 },
      },
    })
    expect(await get('/api/actors/local:stanislav-zas')).toMatchObject({
      status: 200,
      body: { actor: { name: 'Stanislav Zas' } },
    })
  })

  it('answers errors as JSON with a code and the right status', async () => {
    expect(await get('/api/articles/nope')).toEqual({
      status: 404,
      body: { ok: false, error: 'not_found', status: 404, message: 'no article with id "nope"' },
    })
    expect(await get('/api/actors/nobody')).toMatchObject({
      status: 404,
      body: { error: 'not_found' },
    })
    expect(await get('/api/search')).toMatchObject({
      status: 400,
      body: { ok: false, error: 'invalid_input', message: expect.stringContaining('q') },
    })
    expect(await get('/api/search?q=%22%22')).toMatchObject({
      status: 400,
      body: { error: 'invalid_query' },
    })
    expect(await get('/api/articles?limit=0')).toMatchObject({
      status: 400,
      body: { error: 'invalid_input', message: expect.stringContaining('limit') },
    })
    expect(await get('/api/articles?limit=abc')).toMatchObject({ status: 400 })
    expect(await get('/api/nothing-here')).toMatchObject({
      status: 404,
      body: { error: 'not_found' },
    })
  })

  it('serves the OpenAPI document listing every route', async () => {
    const { status, body } = await get('/api/openapi.json')
    expect(status).toBe(200)
    const paths = Object.keys((body as { paths: Record<string, unknown> }).paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/articles',
        '/api/articles/{id}',
        '/api/search',
        '/api/actors/{id}',
      ]),
    )
  })
})
