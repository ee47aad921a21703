/** Staff sign-in over HTTP: the session cookie, CSRF, rate limits, TOTP, tokens and roles. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { totpCode } from '../auth/totp.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { testKb } from '../testing/test-kb.ts'
import { createApp } from './app.ts'

const ORIGIN = 'http://desk.example'
const PASSWORD = 'Zangezur corridor 2024'
let store: Store
let app: ReturnType<typeof createApp>

beforeEach(async () => {
  store = await SqliteStore.open(':memory:')
  app = createApp({ store, kb: testKb() })
  await store.accounts.createUser({
    email: 'admin@example.org',
    name: 'Ada Admin',
    role: 'admin',
    password: PASSWORD,
  })
  await store.accounts.createUser({
    email: 'ana@example.org',
    name: 'Ana Lyst',
    role: 'analyst',
    password: PASSWORD,
  })
})
afterEach(async () => {
  await store.close()
})

/** A request as the desk in a browser makes it: same origin, JSON, with cookies given. */
function request(
  method: string,
  path: string,
  options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    host: 'desk.example',
    origin: ORIGIN,
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...options.headers,
  }
  return Promise.resolve(
    app.request(`${ORIGIN}${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    }),
  )
}

async function login(email: string, password = PASSWORD, code?: string): Promise<string> {
  const res = await request('POST', '/api/auth/login', { body: { email, password, code } })
  expect(res.status).toBe(200)
  const cookie = res.headers.get('set-cookie') ?? ''
  return cookie.split(';')[0] ?? ''
}

describe('signing in', () => {
  it('sets a __Host- session cookie, Secure, HttpOnly and SameSite=Lax, and knows who is in', async () => {
    const res = await request('POST', '/api/auth/login', {
      body: { email: 'admin@example.org', password: PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ user: { email: 'admin@example.org', role: 'admin' } })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^__Host-watchdesk_session=[\w-]{43}; /)
    expect(cookie).toMatch(/; Path=\//)
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).not.toMatch(/Domain=/)
    const session = cookie.split(';')[0] ?? ''
    const me = await request('GET', '/api/auth/me', { cookie: session })
    expect(await me.json()).toMatchObject({ user: { name: 'Ada Admin' }, via: 'session' })
    expect(await (await request('GET', '/api/auth/me')).json()).toEqual({ user: null, via: null })
  })

  it('renews the session at every login and ends it at logout', async () => {
    const first = await login('admin@example.org')
    const second = await request('POST', '/api/auth/login', {
      cookie: first,
      body: { email: 'admin@example.org', password: PASSWORD },
    })
    const renewed = (second.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(renewed).not.toBe(first)
    expect(await (await request('GET', '/api/auth/me', { cookie: first })).json()).toMatchObject({
      user: null,
    })
    const out = await request('POST', '/api/auth/logout', { cookie: renewed })
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-watchdesk_session=; .*Max-Age=0/)
    expect(await (await request('GET', '/api/auth/me', { cookie: renewed })).json()).toMatchObject({
      user: null,
    })
  })

  it('answers a wrong password and an unknown e-mail alike, then rate-limits with Retry-After', async () => {
    const wrong = await request('POST', '/api/auth/login', {
      body: { email: 'admin@example.org', password: 'not the password' },
    })
    const unknown = await request('POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: PASSWORD },
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await wrong.json()).toEqual(await unknown.json())
    for (let i = 0; i < 4; i++) {
      await request('POST', '/api/auth/login', {
        body: { email: 'admin@example.org', password: 'not the password' },
      })
    }
    const locked = await request('POST', '/api/auth/login', {
      body: { email: 'admin@example.org', password: PASSWORD },
    })
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(((await locked.json()) as { error: string }).error).toBe('too_many_logins')
  })

  it('refuses a login posted from another site (login CSRF), and a bad body by name', async () => {
    const foreign = await request('POST', '/api/auth/login', {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body: { email: 'admin@example.org', password: PASSWORD },
    })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('set-cookie')).toBeNull()
    const bad = await request('POST', '/api/auth/login', { body: { email: 'admin@example.org' } })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { message: string }).message).toMatch(/^password:/)
  })

  it('asks for the TOTP code after enrolment, and takes the right one', async () => {
    const session = await login('admin@example.org')
    const started = await request('POST', '/api/auth/totp', { cookie: session })
    const { secret, uri } = (await started.json()) as { secret: string; uri: string }
    expect(uri).toContain(`secret=${secret}`)
    const confirm = await request('POST', '/api/auth/totp/confirm', {
      cookie: session,
      body: { code: totpCode(secret, new Date()) },
    })
    expect(confirm.status).toBe(200)
    const without = await request('POST', '/api/auth/login', {
      body: { email: 'admin@example.org', password: PASSWORD },
    })
    expect(without.status).toBe(401)
    expect(((await without.json()) as { error: string }).error).toBe('totp_required')
    expect(await login('admin@example.org', PASSWORD, totpCode(secret, new Date()))).toMatch(
      /^__Host-watchdesk_session=/,
    )
  })
})

describe('changing data', () => {
  const source = { url: 'https://news.example/feed.xml' }

  it('takes a session from this site, and refuses one used from another site or with no origin', async () => {
    const session = await login('ana@example.org')
    const crossSite = await request('POST', '/api/sources', {
      cookie: session,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body: source,
    })
    expect(crossSite.status).toBe(403)
    expect(((await crossSite.json()) as { error: string }).error).toBe('cross_site_refused')
    const bare = await Promise.resolve(
      app.request(`${ORIGIN}/api/sources`, {
        method: 'POST',
        headers: { cookie: session, 'content-type': 'application/json', host: 'desk.example' },
        body: JSON.stringify(source),
      }),
    )
    expect(bare.status).toBe(403)
    // An older browser sends Origin but not Sec-Fetch-Site: the origin must be this host.
    const originOnly = await Promise.resolve(
      app.request(`${ORIGIN}/api/sources`, {
        method: 'POST',
        headers: {
          cookie: session,
          origin: 'http://elsewhere.example',
          host: 'desk.example',
          'content-type': 'application/json',
        },
        body: JSON.stringify(source),
      }),
    )
    expect(originOnly.status).toBe(403)
    expect(await store.listSources()).toEqual([])
    const ok = await request('POST', '/api/sources', { cookie: session, body: source })
    expect(ok.status).toBe(201)
    expect((await store.listSources()).map((s) => s.url)).toEqual([source.url])
  })

  it('gives users their own tokens, shown once, scoped, and revocable', async () => {
    const session = await login('ana@example.org')
    const created = await request('POST', '/api/auth/tokens', {
      cookie: session,
      body: { name: 'feed reader', scopes: ['read'] },
    })
    expect(created.status).toBe(201)
    const { token, secret } = (await created.json()) as {
      token: { id: string; scopes: string[] }
      secret: string
    }
    expect(secret).toMatch(/^wd_/)
    expect(token.scopes).toEqual(['read'])
    const listed = await (await request('GET', '/api/auth/tokens', { cookie: session })).text()
    expect(listed).toContain(token.id)
    expect(listed).not.toContain(secret)
    const bearer = { authorization: `Bearer ${secret}` }
    const write = await Promise.resolve(
      app.request('/api/sources', {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify(source),
      }),
    )
    expect(write.status).toBe(403)
    expect(((await write.json()) as { message: string }).message).toMatch(/lacks the "write"/)
    expect(
      (await request('DELETE', `/api/auth/tokens/${token.id}`, { cookie: session })).status,
    ).toBe(200)
    expect((await app.request('/api/sources', { headers: bearer })).status).toBe(401)
  })

  it('lets admins manage users, and no one else', async () => {
    const ana = await login('ana@example.org')
    expect((await request('GET', '/api/users', { cookie: ana })).status).toBe(403)
    const admin = await login('admin@example.org')
    const added = await request('POST', '/api/users', {
      cookie: admin,
      body: { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD },
    })
    expect(added.status).toBe(201)
    const weak = await request('POST', '/api/users', {
      cookie: admin,
      body: { email: 'w@example.org', role: 'editor', password: 'short' },
    })
    expect(weak.status).toBe(400)
    const promoted = await request('PATCH', '/api/users/ed@example.org', {
      cookie: admin,
      body: { role: 'admin' },
    })
    expect(await promoted.json()).toMatchObject({ user: { role: 'admin' } })
    expect((await request('DELETE', '/api/users/ed@example.org', { cookie: admin })).status).toBe(
      200,
    )
    const users = (await (await request('GET', '/api/users', { cookie: admin })).json()) as {
      items: { email: string }[]
    }
    expect(users.items.map((u) => u.email)).toEqual(['admin@example.org', 'ana@example.org'])
  })
})

describe('closed reads', () => {
  it('opens the API only to staff when reads are closed, but keeps health and sign-in open', async () => {
    const closed = createApp({ store, kb: testKb(), reads: 'staff' })
    expect((await closed.request('/api/articles')).status).toBe(401)
    expect((await closed.request('/metrics')).status).toBe(401)
    expect((await closed.request('/api/health')).status).toBe(200)
    const session = await login('ana@example.org')
    expect((await closed.request('/api/articles', { headers: { cookie: session } })).status).toBe(
      200,
    )
    const { secret } = await store.createToken('scraper', { scopes: ['read'] })
    expect(
      (await closed.request('/metrics', { headers: { authorization: `Bearer ${secret}` } })).status,
    ).toBe(200)
    // Open by default.
    expect((await app.request('/api/articles')).status).toBe(200)
  })
})
