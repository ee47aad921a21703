/** The outlet's publishing over HTTP: editors write and publish; readers get pages, feeds, sitemaps and no cookie. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../api/app.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { sampleArticles } from '../testing/sample-articles.ts'
import { staffHeaders } from '../testing/staff.ts'
import { testKb } from '../testing/test-kb.ts'
import { cookieName, COOKIES, isRegistered } from './cookies.ts'

const SITE = {
  url: 'https://outlet.example',
  outlet: 'Caucasus Test Review',
  analyticsScript: null,
}
let store: Store
let app: ReturnType<typeof createApp>
let editor: Record<string, string>

beforeEach(async () => {
  store = await SqliteStore.open(':memory:')
  for (const article of sampleArticles()) {
    await store.saveArticle(article)
  }
  app = createApp({ store, kb: testKb(), site: SITE })
  editor = { ...(await staffHeaders(store, 'editor')), 'content-type': 'application/json' }
})
afterEach(async () => {
  await store.close()
})

const DRAFT = {
  title: 'Pashinyan presses CSTO partners over arms sales to Baku',
  summary: 'Yerevan asks its allies to stop selling weapons to Azerbaijan.',
  body: 'Armenian Prime Minister Nikol Pashinyan urged the CSTO member states on Thursday not to sell weapons to Azerbaijan.\n\n## What he said\n\n"Selling arms to our adversary is not what allies do," Pashinyan said in Bishkek.',
  section: 'Armenia',
  tags: ['CSTO', 'arms'],
  author: 'Anna Petrosyan',
}

async function call(method: string, path: string, body?: unknown, headers = editor) {
  const res = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('publishing', () => {
  it('lets editors write, preview and get See Also with reasons; analysts and readers cannot', async () => {
    const created = await call('POST', '/api/posts', DRAFT)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      status: 'draft',
      slug: 'pashinyan-presses-csto-partners-over-arms-sales-to-baku',
    })
    const preview = await call('POST', '/api/posts/preview', { body: DRAFT.body + '\n\n<b>x</b>' })
    expect(preview.body.html).toContain('<h2>What he said</h2>')
    expect(preview.body.html).toContain('&lt;b&gt;x&lt;/b&gt;')
    const suggestions = await call('POST', '/api/posts/suggest', DRAFT)
    const seeAlso = suggestions.body.seeAlso as {
      id: string
      reasons: { actors: string[] }
      pinned: boolean
    }[]
    expect(seeAlso[0]?.reasons.actors).toContain('nikol-pashinyan')
    expect((suggestions.body.actors as { id: string }[]).map((a) => a.id)).toContain(
      'nikol-pashinyan',
    )
    // Dropping a suggestion removes it; pinning puts it first.
    const last = seeAlso.at(-1)!
    const again = await call('POST', '/api/posts/suggest', {
      ...DRAFT,
      pinned: [last.id],
      dropped: [seeAlso[0]!.id],
    })
    const next = again.body.seeAlso as { id: string; pinned: boolean }[]
    expect(next[0]).toMatchObject({ id: last.id, pinned: true })
    expect(next.map((s) => s.id)).not.toContain(
      seeAlso[0]!.id === last.id ? 'none' : seeAlso[0]!.id,
    )

    const analyst = {
      ...(await staffHeaders(store, 'analyst')),
      'content-type': 'application/json',
    }
    expect((await call('POST', '/api/posts', DRAFT, analyst)).status).toBe(403)
    expect((await app.request('/api/posts')).status).toBe(401)
    const sections = await call('GET', '/api/posts/sections')
    expect(sections.body.items).toContain('North Caucasus')
    const bad = await call('POST', '/api/posts', { ...DRAFT, section: 'Sports' })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/^section:/)
  })

  it('publishes a post with See Also and JSON-LD, archives it for search, and counts readings without cookies', async () => {
    const { body: post } = await call('POST', '/api/posts', DRAFT)
    const slug = post.slug as string
    expect((await app.request(`/site/articles/${slug}`)).status).toBe(404)
    const seeAlso = (await call('POST', '/api/posts/suggest', DRAFT)).body.seeAlso as {
      id: string
    }[]
    await call('PUT', `/api/posts/${String(post.id)}/see-also`, {
      pinned: [seeAlso.at(-1)!.id],
      dropped: [],
    })
    expect(
      (await call('POST', `/api/posts/${String(post.id)}/status`, { status: 'published' })).status,
    ).toBe(200)

    const page = await app.request(`/site/articles/${slug}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('set-cookie')).toBeNull()
    const html = await page.text()
    expect(html).toContain('<h2 id="see-also-title">See Also</h2>')
    expect(html).toContain('<h2>What he said</h2>')
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}',
    ) as Record<string, unknown>
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: DRAFT.title,
      articleSection: 'Armenia',
      keywords: ['CSTO', 'arms'],
      author: [{ name: 'Anna Petrosyan' }],
      publisher: { name: SITE.outlet },
      mainEntityOfPage: { '@id': `${SITE.url}/site/articles/${slug}` },
    })
    expect(html).toContain(`<link rel="canonical" href="${SITE.url}/site/articles/${slug}">`)
    // The post is in the archive, analysed like any article.
    const found = await store.search({ q: 'adversary', limit: 5, offset: 0 })
    expect(found.items.map((i) => i.url)).toEqual([`${SITE.url}/site/articles/${slug}`])
    await app.request(`/site/articles/${slug}`)
    const views = await call('GET', `/api/posts/${String(post.id)}/views`)
    expect((views.body.items as { views: number }[])[0]?.views).toBe(2)
  })

  it('keeps a scheduled post private until its time, then lists it', async () => {
    const { body: post } = await call('POST', '/api/posts', DRAFT)
    const id = post.id as string
    const past = await call('POST', `/api/posts/${id}/status`, {
      status: 'scheduled',
      publishAt: '2020-01-01T00:00:00Z',
    })
    expect(past.status).toBe(400)
    const at = new Date(Date.now() + 3_600_000)
    await call('POST', `/api/posts/${id}/status`, {
      status: 'scheduled',
      publishAt: at.toISOString(),
    })
    expect((await app.request(`/site/articles/${String(post.slug)}`)).status).toBe(404)
    expect(await store.posts.listPublic({})).toEqual([])
    expect(
      (await store.posts.listPublic({}, new Date(at.getTime() + 1000))).map((p) => p.id),
    ).toEqual([id])
    expect((await store.search({ q: 'adversary', limit: 5, offset: 0 })).total).toBe(0)
  })

  it('serves RSS and Atom for the site, each section and each author, and both sitemaps', async () => {
    const { body: post } = await call('POST', '/api/posts', DRAFT)
    await call('POST', `/api/posts/${String(post.id)}/status`, { status: 'published' })
    const { body: other } = await call('POST', '/api/posts', {
      ...DRAFT,
      title: 'Tbilisi protests enter a second week',
      section: 'Georgia',
      author: 'Nino K.',
    })
    await call('POST', `/api/posts/${String(other.id)}/status`, { status: 'published' })
    const text = async (path: string) => {
      const res = await app.request(path)
      expect(res.status, path).toBe(200)
      return { type: res.headers.get('content-type') ?? '', body: await res.text() }
    }
    const rss = await text('/site/feed.xml')
    expect(rss.type).toMatch(/rss\+xml/)
    expect(rss.body.match(/<item>/g)).toHaveLength(2)
    const section = await text('/site/sections/armenia/feed.xml')
    expect(section.body.match(/<item>/g)).toHaveLength(1)
    expect(section.body).toContain('<title>Caucasus Test Review: Armenia</title>')
    const author = await text('/site/authors/nino-k/feed.atom')
    expect(author.type).toMatch(/atom\+xml/)
    expect(author.body.match(/<entry>/g)).toHaveLength(1)
    expect(author.body).toContain('Tbilisi protests')
    expect((await text('/site/sections/georgia')).body).toContain('Tbilisi protests')
    const sitemap = await text('/site/sitemap.xml')
    expect(sitemap.body).toContain(`<loc>${SITE.url}/site/articles/${String(post.slug)}</loc>`)
    const news = await text('/site/news-sitemap.xml')
    expect(news.body.match(/<news:news>/g)).toHaveLength(2)
    expect(news.body).toContain('<news:name>Caucasus Test Review</news:name>')
    expect((await app.request('/site/sections/sports')).status).toBe(404)
  })
})

describe('cookies', () => {
  it('sets no cookie on any public page, and only registered cookies anywhere', async () => {
    const { body: post } = await call('POST', '/api/posts', DRAFT)
    await call('POST', `/api/posts/${String(post.id)}/status`, { status: 'published' })
    const publicPaths = [
      '/site',
      `/site/articles/${String(post.slug)}`,
      '/site/sections/armenia',
      '/site/authors/anna-petrosyan',
      '/site/feed.xml',
      '/site/sitemap.xml',
      '/site/news-sitemap.xml',
      '/site/cookies',
      '/site/contribute',
      '/api/articles',
      '/api/health',
    ]
    for (const path of publicPaths) {
      const res = await app.request(path)
      expect(res.headers.get('set-cookie'), path).toBeNull()
    }
    // Staff sign-in sets the session cookie, which the registry lists.
    await store.accounts.createUser({
      email: 'ed@example.org',
      name: 'Ed',
      role: 'editor',
      password: 'long enough password',
    })
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ email: 'ed@example.org', password: 'long enough password' }),
    })
    const set = login.headers.getSetCookie()
    expect(set).toHaveLength(1)
    for (const cookie of set) {
      expect(isRegistered(cookieName(cookie)), cookie).toBe(true)
    }
    const policy = await (await app.request('/site/cookies')).text()
    for (const entry of COOKIES) {
      expect(policy).toContain(entry.name)
    }
    expect(policy).not.toContain('data-cc=')
  })

  it('with analytics on, shows the banner with equal buttons and records each choice with the revision', async () => {
    const withAnalytics = createApp({
      store,
      kb: testKb(),
      site: { ...SITE, analyticsScript: 'https://stats.example/a.js' },
    })
    const page = await (await withAnalytics.request('/site')).text()
    expect(page).toContain('<script src="/site/assets/cookieconsent.umd.js"></script>')
    const script = await (await withAnalytics.request('/site/assets/consent.js')).text()
    expect(script).toContain('equalWeightButtons: true')
    expect(script).toContain('analytics: { enabled: false }')
    expect((await withAnalytics.request('/site/assets/cookieconsent.umd.js')).status).toBe(200)
    const saved = await withAnalytics.request('/site/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        decision: 'reject',
        categories: ['necessary'],
        revision: '2026-12-06',
      }),
    })
    expect(saved.status).toBe(201)
    expect(saved.headers.get('set-cookie')).toBeNull()
    expect(await store.posts.consents()).toEqual([
      { decision: 'reject', categories: ['necessary'], policyRevision: '2026-12-06' },
    ])
    expect((await app.request('/site/consent', { method: 'POST', body: '{}' })).status).toBe(404)
  })
})
