import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PageFetcher } from '../ingest/fetch/page-fetcher.ts'
import { startTestServer, type TestServer } from '../testing/http-server.ts'
import { testDialects } from '../testing/store-dialects.ts'
import { testKb } from '../testing/test-kb.ts'
import { drainQueue } from './worker.ts'

const PAGES = 12
let server: TestServer

beforeAll(async () => {
  const routes: Parameters<typeof startTestServer>[0] = {}
  for (let n = 0; n < PAGES; n++) {
    routes[`/p/${n}`] = (_q, r) =>
      r
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><title>Report ${n}</title></head><body><article><p>Report number ${n}: Nikol Pashinyan said on Monday that talks with Azerbaijan on border delimitation would continue in Brussels, according to his office, number ${n}.</p></article></body></html>`,
        )
  }
  routes['/broken'] = (_q, r) => r.writeHead(500).end()
  server = await startTestServer(routes)
})
afterAll(() => server.close())

for (const dialect of await testDialects()) {
  describe.skipIf(dialect.skip !== null)(`work queue on ${dialect.name}`, () => {
    it('shares jobs between concurrent workers, none taken twice, failures retried later', async () => {
      const { store, dispose } = await dialect.open()
      try {
        const urls = [
          ...Array.from({ length: PAGES }, (_, n) => `${server.url}/p/${n}`),
          `${server.url}/broken`,
        ]
        await store.enqueueUrls(urls)
        const fetcher = (): PageFetcher =>
          new PageFetcher({ allowPrivate: true, perHostDelayMs: 0, retries: 0, timeoutMs: 15_000 })
        const results = await Promise.all(
          ['w1', 'w2', 'w3'].map((name) =>
            drainQueue({ store, kb: testKb(), fetcher: fetcher(), name }),
          ),
        )
        expect(results.reduce((sum, r) => sum + r.done, 0)).toBe(PAGES)
        expect(results.reduce((sum, r) => sum + r.failed, 0)).toBe(1)
        expect(await store.countArticles()).toBe(PAGES)
        expect(await store.jobCounts()).toEqual({ queued: 1, running: 0, done: PAGES, failed: 0 })
        // The failed job waits for its retry time before anyone takes it again.
        expect(await store.claimJob('w4')).toBeNull()
      } finally {
        await dispose()
      }
    })
  })
}
