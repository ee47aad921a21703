import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../../testing/http-server.ts'
import { isPrivateAddress } from './address-guard.ts'
import { PageFetcher } from './page-fetcher.ts'
import { isAllowed, parseRobots } from './robots.ts'

const PAGE = '<html><body><p>Hello from Yerevan</p></body></html>'
let server: TestServer
let flaky = 0

beforeAll(async () => {
  server = await startTestServer({
    '/robots.txt': (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('User-agent: *\nDisallow: /private/\nAllow: /private/open\n'),
    '/page': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/gzip': (_q, r) => r.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
    '/brotli': (_q, r) =>
      r.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(PAGE)),
    '/etag': (q, r) =>
      q.headers['if-none-match'] === '"v1"'
        ? r.writeHead(304).end()
        : r
            .writeHead(200, { etag: '"v1"', 'last-modified': 'Fri, 29 Nov 2019 10:00:00 GMT' })
            .end(PAGE),
    '/redirect': (_q, r) => r.writeHead(301, { location: '/page' }).end(),
    '/loop': (_q, r) => r.writeHead(302, { location: '/loop' }).end(),
    '/big': (_q, r) => r.writeHead(200).end('x'.repeat(5000)),
    '/slow': (_q, r) => setTimeout(() => r.writeHead(200).end(PAGE), 2000),
    '/flaky': (_q, r) => (flaky++ === 0 ? r.writeHead(503).end() : r.writeHead(200).end(PAGE)),
    '/gone': (_q, r) => r.writeHead(404).end(),
    '/private/secret': (_q, r) => r.writeHead(200).end('secret'),
    '/private/open': (_q, r) => r.writeHead(200).end(PAGE),
  })
})
afterAll(() => server.close())

const fetcher = (options: ConstructorParameters<typeof PageFetcher>[0] = {}): PageFetcher =>
  new PageFetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 1000, ...options })
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)

describe('PageFetcher', () => {
  it('fetches with its User-Agent and reports validators', async () => {
    const result = await fetcher().fetch(`${server.url}/etag`)
    expect(result).toMatchObject({
      status: 'ok',
      etag: '"v1"',
      lastModified: 'Fri, 29 Nov 2019 10:00:00 GMT',
    })
    expect(server.requests.find((r) => r.path === '/etag')?.headers['user-agent']).toMatch(
      /^Watchdesk\//,
    )
  })

  it('makes a conditional GET: a 304 brings nothing', async () => {
    expect(await fetcher().fetch(`${server.url}/etag`, { etag: '"v1"' })).toEqual({
      status: 'not_modified',
      url: `${server.url}/etag`,
    })
  })

  it('decodes gzip and brotli', async () => {
    for (const path of ['/gzip', '/brotli']) {
      const result = await fetcher().fetch(`${server.url}${path}`)
      expect(result.status === 'ok' && text(result.bytes)).toBe(PAGE)
    }
  })

  it('follows redirects up to a limit', async () => {
    expect(await fetcher().fetch(`${server.url}/redirect`)).toMatchObject({
      status: 'ok',
      url: `${server.url}/page`,
    })
    await expect(fetcher().fetch(`${server.url}/loop`)).rejects.toThrow(
      /redirected more than 5 times/,
    )
  })

  it('enforces the size limit and the timeout', async () => {
    await expect(fetcher({ maxBytes: 1000 }).fetch(`${server.url}/big`)).rejects.toThrow(
      /over the 1000-byte limit|more than 1000 bytes/,
    )
    await expect(fetcher({ retries: 0 }).fetch(`${server.url}/slow`)).rejects.toThrow(
      /did not answer within 1000 ms/,
    )
  })

  it('retries a 503 with backoff, and does not retry a 404', async () => {
    expect(await fetcher().fetch(`${server.url}/flaky`)).toMatchObject({ status: 'ok' })
    await expect(fetcher().fetch(`${server.url}/gone`)).rejects.toThrow(/answered 404/)
  })

  it('obeys robots.txt, the longest rule deciding', async () => {
    await expect(fetcher().fetch(`${server.url}/private/secret`)).rejects.toThrow(
      /robots.txt .* disallows \/private\/secret/,
    )
    expect(await fetcher().fetch(`${server.url}/private/open`)).toMatchObject({ status: 'ok' })
  })

  it('refuses loopback addresses unless private addresses are allowed (SSRF guard)', async () => {
    await expect(fetcher({ allowPrivate: false }).fetch(`${server.url}/page`)).rejects.toThrow(
      /private or loopback address/,
    )
    await expect(fetcher().fetch('file:///etc/passwd')).rejects.toThrow(/only http and https/)
    await expect(fetcher().fetch('not a url')).rejects.toThrow(/is not a URL/)
  })

  it('honours a robots.txt Crawl-delay', async () => {
    const slow = await startTestServer({
      '/robots.txt': (_q, r) => r.writeHead(200).end('User-agent: *\nCrawl-delay: 0.4\n'),
      '/page': (_q, r) => r.writeHead(200).end(PAGE),
    })
    try {
      const started = Date.now()
      const polite = fetcher()
      await polite.fetch(`${slow.url}/page`)
      await polite.fetch(`${slow.url}/page`)
      expect(Date.now() - started).toBeGreaterThanOrEqual(390)
    } finally {
      await slow.close()
    }
  })

  it('waits between requests to one host', async () => {
    const polite = fetcher({ perHostDelayMs: 300 })
    const started = Date.now()
    await polite.fetch(`${server.url}/page`)
    await polite.fetch(`${server.url}/page`)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })
})

describe('address guard and robots rules', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  it.each(['8.8.8.8', '2a00:1450:4001::1', '93.184.216.34'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })

  it('picks our own robots group over *, with wildcards and anchors', () => {
    const rules = parseRobots(
      'User-agent: *\nDisallow: /\n\nUser-agent: Watchdesk\nDisallow: /*.pdf$\nCrawl-delay: 5\n',
      'Watchdesk',
    )
    expect(rules.crawlDelay).toBe(5)
    expect(isAllowed(rules, '/news/1')).toBe(true)
    expect(isAllowed(rules, '/files/report.pdf')).toBe(false)
    expect(isAllowed(rules, '/files/report.pdf?x=1')).toBe(true)
  })
})
