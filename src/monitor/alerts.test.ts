import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../api/app.ts'
import { extractDocument } from '../extract/extract-document.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { startTestServer, type TestServer } from '../testing/http-server.ts'
import { startTestSmtpServer } from '../testing/smtp-server.ts'
import { testKb } from '../testing/test-kb.ts'
import { createMailer } from '../mail/mailer.ts'
import { runAlerts } from './alerts.ts'

let store: Store
let hook: TestServer
const received: unknown[] = []
let failNext = 1

beforeAll(async () => {
  store = await SqliteStore.open(':memory:')
  hook = await startTestServer({
    '/hook': (request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        if (failNext > 0) {
          failNext--
          response.writeHead(503).end()
          return
        }
        received.push(JSON.parse(body))
        response.writeHead(204).end()
      })
    },
  })
})
afterAll(async () => {
  await store.close()
  await hook.close()
})

const kb = testKb()
const save = (url: string, text: string): Promise<unknown> =>
  store.saveArticle(extractDocument({ url, published: '2022-09-13', text }, { kb }))
const t = (minutes: number): Date => new Date(Date.UTC(2022, 8, 13, 12, minutes))

describe('alerts', () => {
  it('matches saved searches and event rules against new articles only, and delivers by webhook with retries', async () => {
    await save(
      'https://a.example/old',
      'An older story about Lachin that was stored before the alert existed, with several words.',
    )
    const search = await store.createAlert({
      name: 'Lachin',
      query: 'Lachin',
      webhook: `${hook.url}/hook`,
    })
    const rule = await store.createAlert({
      name: 'ARM-AZE attacks',
      eventRule: { dyad: ['ARM', 'AZE'], maxGoldstein: -5 },
    })
    await save(
      'https://a.example/1',
      'Azerbaijan shelled Armenia near Jermuk overnight, the Armenian defence ministry said, and the road to Lachin was closed.',
    )
    await save(
      'https://a.example/2',
      'Georgia held talks with the European Union in Brussels about visas and trade on Tuesday.',
    )
    const first = await runAlerts(store, t(0), { allowPrivate: true })
    expect(first).toEqual({ hits: 2, delivered: 0, failed: 1 })
    expect((await store.alertHits(search.id, 10)).map((h) => h.record.url)).toEqual([
      'https://a.example/1',
    ])
    expect((await store.alertHits(rule.id, 10)).map((h) => h.record.url)).toEqual([
      'https://a.example/1',
    ])
    // The failed delivery is retried after its backoff, not before.
    expect(await runAlerts(store, t(1), { allowPrivate: true })).toEqual({
      hits: 0,
      delivered: 0,
      failed: 0,
    })
    expect(await runAlerts(store, t(3), { allowPrivate: true })).toEqual({
      hits: 0,
      delivered: 1,
      failed: 0,
    })
    expect(received).toMatchObject([
      { alert: { name: 'Lachin' }, article: { url: 'https://a.example/1' } },
    ])
    expect((await store.listDeliveries(search.id)).map((d) => [d.status, d.attempts])).toEqual([
      ['delivered', 2],
    ])
  })

  it('alerts on a new answer to a watched actor', async () => {
    const watch = await store.createAlert({
      name: 'answers to Borisov',
      eventRule: { answersTo: 'yuri-borisov' },
    })
    await save(
      'https://a.example/borisov',
      'Russian Deputy Prime Minister Yuri Borisov said on Thursday that Azerbaijan could become an observer in the bloc, according to several reports published in Moscow.',
    )
    await save(
      'https://a.example/answer',
      'The Armenian Foreign Ministry responded to Borisov’s remarks, saying that Azerbaijan would need diplomatic relations with every member state.',
    )
    await runAlerts(store, t(10), { allowPrivate: true })
    expect((await store.alertHits(watch.id, 10)).map((h) => h.record.url)).toEqual([
      'https://a.example/answer',
    ])
  })

  it('mails each hit through the configured SMTP server, and retries a refused mail', async () => {
    const smtp = await startTestSmtpServer()
    try {
      const mailer = createMailer({ url: smtp.url, from: 'desk@watchdesk.test' })
      const alert = await store.createAlert({
        name: 'Jermuk',
        query: 'Jermuk',
        email: 'analyst@example.org',
      })
      await save(
        'https://a.example/jermuk',
        'Azerbaijani forces shelled positions near Jermuk again, the Armenian defence ministry said on Tuesday evening.',
      )
      smtp.refuseNext(1)
      expect(await runAlerts(store, t(20), { mailer })).toMatchObject({ delivered: 0, failed: 1 })
      expect(await store.alertHits(alert.id, 10)).toHaveLength(1)
      const [refused] = await store.listDeliveries(alert.id)
      expect(refused).toMatchObject({ channel: 'email', status: 'pending', attempts: 1 })
      expect(refused?.lastError).toMatch(/451/)
      expect(await runAlerts(store, t(23), { mailer })).toEqual({
        hits: 0,
        delivered: 1,
        failed: 0,
      })
      expect(smtp.received).toHaveLength(1)
      expect(smtp.received[0]?.to).toEqual(['analyst@example.org'])
      expect(smtp.received[0]?.raw).toContain('https://a.example/jermuk')
      expect(smtp.received[0]?.raw).toMatch(/Subject: \[Watchdesk\] Jermuk/)
      // Without a mailer the delivery waits, logged with the reason, and is not lost.
      await save(
        'https://a.example/jermuk-2',
        'Residents of Jermuk said the shelling had stopped by morning, according to local officials in the town.',
      )
      expect(await runAlerts(store, t(30), { mailer: null })).toMatchObject({ failed: 1 })
      const [waiting] = await store.listDeliveries(alert.id)
      expect(waiting?.lastError).toMatch(/WATCHDESK_SMTP_URL/)
      expect(waiting?.status).toBe('pending')
    } finally {
      await smtp.close()
    }
  })

  it('serves an Atom feed of an alert and refuses alert writes without a token', async () => {
    const [alert] = await store.listAlerts()
    const app = createApp({ store, kb })
    const feed = await app.request(`/api/alerts/${alert!.id}/feed.atom`)
    expect(feed.headers.get('content-type')).toMatch(/application\/atom\+xml/)
    const xml = await feed.text()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    expect(xml).toContain('<link href="https://a.example/1"/>')
    expect(
      (
        await app.request('/api/alerts', {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(401)
    expect((await app.request('/api/alerts/nope/feed.atom')).status).toBe(404)
    const { secret } = await store.createToken('test')
    const post = (body: unknown): Promise<Response> =>
      Promise.resolve(
        app.request('/api/alerts', {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        }),
      )
    const bad = await post({ name: 'x', query: 'Lachin', email: 'not-an-address' })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { message: string }).message).toMatch(/email/)
    const good = await post({ name: 'mail me', query: 'Lachin', email: 'analyst@example.org' })
    expect(good.status).toBe(201)
    expect(await good.json()).toMatchObject({ email: 'analyst@example.org', webhook: null })
  })
})
