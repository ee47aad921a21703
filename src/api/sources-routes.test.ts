import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { testKb } from '../testing/test-kb.ts'
import { createApp } from './app.ts'

let store: Store
let app: ReturnType<typeof createApp>
let secret = ''

beforeAll(async () => {
  store = await SqliteStore.open(':memory:')
  app = createApp({ store, kb: testKb() })
  secret = (await store.createToken('editor')).secret
})
afterAll(async () => {
  await store.close()
})

async function call(
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.token) {
    headers.authorization = `Bearer ${init.token}`
  }
  const res = await app.request(path, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  return { status: res.status, body: await res.json() }
}

describe('sources API and API tokens', () => {
  it('refuses a write without a valid token, and changes nothing', async () => {
    expect(
      await call('/api/sources', {
        method: 'POST',
        body: { url: 'https://kurareview.example/feed' },
      }),
    ).toMatchObject({ status: 401, body: { error: 'unauthorized' } })
    expect(
      await call('/api/sources', {
        method: 'POST',
        token: 'wd_forged',
        body: { url: 'https://kurareview.example/feed' },
      }),
    ).toMatchObject({ status: 401, body: { message: expect.stringMatching(/unknown or revoked/) } })
    expect(await call('/api/sources')).toEqual({ status: 200, body: { items: [] } })
  })

  it('registers, lists and removes a source with a token; reads stay open', async () => {
    const added = await call('/api/sources', {
      method: 'POST',
      token: secret,
      body: { url: 'https://kurareview.example/feed', intervalSeconds: 600 },
    })
    expect(added).toMatchObject({
      status: 201,
      body: {
        url: 'https://kurareview.example/feed',
        intervalSeconds: 600,
        health: { itemsSeen: 0 },
      },
    })
    const id = (added.body as { id: string }).id
    expect((await call('/api/sources')).body).toMatchObject({ items: [{ id }] })
    expect(await call(`/api/sources/${id}`, { method: 'DELETE', token: secret })).toEqual({
      status: 200,
      body: { ok: true },
    })
    expect(await call(`/api/sources/${id}`, { method: 'DELETE', token: secret })).toMatchObject({
      status: 404,
    })
  })

  it('validates the source', async () => {
    expect(
      await call('/api/sources', {
        method: 'POST',
        token: secret,
        body: { url: 'file:///etc/passwd' },
      }),
    ).toMatchObject({ status: 400 })
    expect(
      await call('/api/sources', {
        method: 'POST',
        token: secret,
        body: { url: 'https://x.example/f', intervalSeconds: 5 },
      }),
    ).toMatchObject({ status: 400 })
  })

  it('stops accepting a revoked token', async () => {
    const { token, secret: revoked } = await store.createToken('temporary')
    expect(await store.revokeToken(token.id)).toBe(true)
    expect(
      await call('/api/sources', {
        method: 'POST',
        token: revoked,
        body: { url: 'https://x.example/f' },
      }),
    ).toMatchObject({ status: 401 })
  })
})
