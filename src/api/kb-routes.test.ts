import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractDocument } from '../extract/extract-document.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../kb/knowledge-base.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { createApp } from './app.ts'

let store: Store
let app: ReturnType<typeof createApp>
let secret = ''
const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
// Aibek Testov is an invented name: accepting his proposal must not touch real facts.
const kbDir = mkdtempSync(join(tmpdir(), 'watchdesk-api-kb-'))

beforeAll(async () => {
  store = await SqliteStore.open(':memory:')
  await store.saveArticle(
    extractDocument(
      {
        url: 'https://example.org/new-secretary-general',
        published: '2025-12-15',
        title: 'CSTO names a new secretary general',
        text: 'The Kyrgyz diplomat Aibek Testov was appointed secretary general of the CSTO at a session in Moscow. He takes office in January.',
      },
      { kb },
    ),
  )
  app = createApp({ store, kb, kbDir })
  secret = (await store.createToken('tests')).secret
})
afterAll(async () => {
  await store.close()
})

async function call(path: string, method = 'GET'): Promise<{ status: number; body: unknown }> {
  // Writes need an API token; reads do not.
  const headers: Record<string, string> =
    method === 'GET' ? {} : { authorization: `Bearer ${secret}` }
  const res = await app.request(path, { method, headers })
  return { status: res.status, body: await res.json() }
}

describe('knowledge-base API', () => {
  it('GET /api/actors?q= searches the knowledge base, with the role on a date', async () => {
    expect(await call('/api/actors?q=Mirzoyan&on=2020-01-01')).toMatchObject({
      status: 200,
      body: {
        items: [
          {
            id: 'ararat-mirzoyan',
            kind: 'person',
            country: 'ARM',
            role: 'Speaker of the National Assembly',
          },
        ],
      },
    })
    expect(await call('/api/actors')).toMatchObject({
      status: 400,
      body: { error: 'invalid_input' },
    })
  })

  it('GET /api/orgs/:id/members?on= lists the members on a date', async () => {
    const { status, body } = await call('/api/orgs/CSTO/members?on=2019-11-28')
    expect(status).toBe(200)
    expect((body as { members: { country: string }[] }).members.map((m) => m.country)).toEqual(
      expect.arrayContaining(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']),
    )
    expect(await call('/api/orgs/NOPE/members')).toMatchObject({
      status: 404,
      body: { message: 'no organisation with id "NOPE"' },
    })
    expect(await call('/api/orgs/CSTO/members?on=28.11.2019')).toMatchObject({ status: 400 })
  })

  it('GET /api/orgs/:id/eligibility answers the seed question', async () => {
    expect(
      await call('/api/orgs/CSTO/eligibility?candidate=AZE&status=observer&on=2019-11-28'),
    ).toMatchObject({
      status: 200,
      body: { eligible: false, reasons: [{ lacking: ['ARM'] }] },
    })
    expect(await call('/api/orgs/CSTO/eligibility?candidate=azerbaijan')).toMatchObject({
      status: 400,
    })
  })

  it('lists proposals read from stored articles; accepting one changes the knowledge base', async () => {
    const { body } = await call('/api/proposals?status=pending')
    const items = (body as { items: { id: string; person: string; title: string }[] }).items
    expect(items).toEqual([
      expect.objectContaining({
        person: 'local:aibek-testov',
        title: 'Secretary General of the CSTO',
      }),
    ])
    const id = items[0]!.id
    expect(await call(`/api/proposals/${id}/accept`, 'POST')).toMatchObject({
      status: 200,
      body: { proposal: { status: 'accepted' }, entry: { id: 'aibek-testov', country: 'KGZ' } },
    })
    expect(readFileSync(join(kbDir, 'accepted-proposals.json'), 'utf8')).toContain('aibek-testov')
    expect(kb.rolesOn('aibek-testov', '2026-03-01')).toEqual([
      { title: 'Secretary General of the CSTO', org: 'CSTO', from: '2025-12-15', to: null },
    ])
    // Later articles resolve him by surname.
    const later = extractDocument(
      { text: 'Testov said the CSTO would meet in Minsk.', published: '2026-03-01' },
      { kb },
    )
    expect(later.record.mentions[0]).toMatchObject({ text: 'Testov', actor: 'aibek-testov' })
    expect(await call(`/api/proposals/${id}/reject`, 'POST')).toMatchObject({
      status: 400,
      body: { error: 'already_decided' },
    })
    expect(await call('/api/proposals/p-nope/accept', 'POST')).toMatchObject({ status: 404 })
  })

  it('documents every route in the OpenAPI document', async () => {
    const { body } = await call('/api/openapi.json')
    expect(Object.keys((body as { paths: object }).paths)).toEqual(
      expect.arrayContaining([
        '/api/actors',
        '/api/orgs/{id}/members',
        '/api/orgs/{id}/eligibility',
        '/api/proposals',
        '/api/proposals/{id}/accept',
        '/api/proposals/{id}/reject',
      ]),
    )
  })
})
