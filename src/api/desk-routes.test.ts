import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../kb/knowledge-base.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { sampleArticles } from '../testing/sample-articles.ts'
import { createApp } from './app.ts'

let store: Store
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  store = await SqliteStore.open(':memory:')
  for (const article of sampleArticles()) {
    await store.saveArticle(article)
  }
  app = createApp({ store, kb: KnowledgeBase.load([DEFAULT_KB_DIR]) })
})
afterAll(async () => {
  await store.close()
})

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await app.request(path)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('desk API', () => {
  it('serves the dashboard: latest articles and statements, active actors, tensions', async () => {
    const { status, body } = await get('/api/dashboard')
    expect(status).toBe(200)
    expect(body.total).toBe(3)
    expect((body.articles as unknown[]).length).toBe(3)
    expect((body.statements as unknown[]).length).toBeGreaterThan(0)
    expect(body.tensions).toMatchObject([{ dyad: 'ARM-AZE', events: 8 }])
  })

  it('answers a dyad in either order and rejects a pair that is not two states', async () => {
    const forward = await get('/api/dyads/ARM-AZE')
    const backward = await get('/api/dyads/AZE-ARM')
    expect(forward.status).toBe(200)
    expect(backward.body).toEqual(forward.body)
    expect(forward.body.events).toBe(8)
    const events = await get('/api/dyads/AZE-ARM/events?limit=2')
    expect(events.body.total).toBe(8)
    expect(events.body.items).toHaveLength(2)
    const bad = await get('/api/dyads/ARMENIA')
    expect(bad.status).toBe(400)
    expect(String(bad.body.message)).toMatch(/ISO3/)
    expect((await get('/api/dyads/ARM-ARM')).status).toBe(400)
    expect((await get('/api/dyads/ARM-AZE?from=2020-13-01')).status).toBe(400)
  })

  it('serves the network, an actor’s activity, an article’s responses and an organisation', async () => {
    const network = await get('/api/network?to=2019-12-31')
    const edges = network.body.edges as { source: string; target: string }[]
    expect(edges.some((e) => e.source === 'ARM' && e.target === 'AZE')).toBe(false)
    expect((network.body.nodes as unknown[]).length).toBeGreaterThan(0)
    const activity = await get('/api/actors/nikol-pashinyan/activity')
    expect(activity.status).toBe(200)
    expect((activity.body.statements as unknown[]).length).toBe(1)
    expect((activity.body.answersReceived as unknown[]).length).toBeGreaterThan(0)
    const first = sampleArticles()[0]!.record.id
    expect((await get(`/api/articles/${first}/responses`)).body).toEqual({ items: [] })
    expect((await get('/api/articles/nope/responses')).status).toBe(404)
    const csto = await get('/api/orgs/CSTO')
    expect(csto.status).toBe(200)
    expect(csto.body.name).toBe('Collective Security Treaty Organization')
    expect((csto.body.memberships as { country: string }[]).map((m) => m.country)).toContain('ARM')
    expect((csto.body.rules as unknown[]).length).toBeGreaterThan(0)
    expect((await get('/api/orgs/ARM')).status).toBe(404)
  })
})
