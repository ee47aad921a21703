/**
 * The desk's queries (dashboard, actor activity, threads in articles, dyads, network), run once
 * per dialect like the store suite.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import { extractDocument } from '../extract/extract-document.ts'
import { sampleArticles } from '../testing/sample-articles.ts'
import { testDialects } from '../testing/store-dialects.ts'
import { testKb } from '../testing/test-kb.ts'
import { TENSION_WEEKS } from './event-queries.ts'
import type { Store } from './store.ts'

/** An answer, in a later article, to Borisov's remarks in the second sample article. */
function answerToBorisov(): AnalysedArticle {
  return extractDocument(
    {
      url: 'https://bsd.example/answer',
      published: '2019-09-14',
      text: 'The Armenian Foreign Ministry responded to Borisov’s remarks, saying that Azerbaijan would first need diplomatic relations with every member state of the bloc.',
    },
    { kb: testKb() },
  )
}

/**
 * A dispatch long enough for a SimHash fingerprint (the sample ceasefire report is not), and a
 * wire copy of it: a near copy, not the same body (that would be 'exists').
 */
function dispatchAndCopy(): [AnalysedArticle, AnalysedArticle] {
  const text = [
    'Armenia and Azerbaijan signed a protocol on the exchange of prisoners in Moscow on Thursday, two days after the ceasefire took hold across Nagorno-Karabakh.',
    'Prime Minister Nikol Pashinyan said the exchange would begin within a week and would cover every detainee held by either side since the fighting began in late September.',
    'President Ilham Aliyev told a televised meeting that Azerbaijan would honour the protocol, and he thanked Russia for hosting the talks between the two foreign ministers.',
    'Russian peacekeepers continued to deploy along the line of contact and in the Lachin corridor, the Russian Defence Ministry said in a statement on its website.',
    'Residents of Stepanakert who had fled to Yerevan during the war began to return in buses escorted by the peacekeepers, local officials said on Thursday evening.',
  ].join('\n\n')
  const original = extractDocument(
    { url: 'https://bsd.example/protocol', published: '2020-11-12', text },
    { kb: testKb() },
  )
  const copy = extractDocument(
    { url: 'https://mirror.example/protocol', published: '2020-11-12', text: `${text} (Wire)` },
    { kb: testKb() },
  )
  return [original, copy]
}

for (const dialect of await testDialects()) {
  describe.skipIf(dialect.skip !== null)(
    `desk queries on ${dialect.name}${dialect.skip ? ` (skipped: ${dialect.skip})` : ''}`,
    () => {
      let store: Store
      let dispose: () => Promise<void>
      const [seed, borisov, ceasefire] = sampleArticles()
      beforeEach(async () => {
        ;({ store, dispose } = await dialect.open())
        for (const article of [seed!, borisov!, ceasefire!, answerToBorisov()]) {
          await store.saveArticle(article)
        }
      })
      afterEach(async () => {
        await dispose()
      })

      it('gives a dyad its weeks by quad class with mean Goldstein, whichever order the pair is named in', async () => {
        const timeline = await store.dyadTimeline('ARM-AZE', {})
        expect(timeline.events).toBe(8)
        expect(timeline.weeks).toEqual([
          { week: '2020-11-09', events: 8, quads: [4, 2, 0, 2], goldstein: 3 },
        ])
        expect(timeline.goldstein).toBe(3)
        expect((await store.dyadTimeline('ARM-AZE', { to: '2020-11-09' })).events).toBe(0)
        expect((await store.dyadTimeline('ARM-RUS', {})).weeks).toEqual([])
      })

      it('lists a dyad’s events with their sentence and span, and leaves republished copies out', async () => {
        const events = await store.dyadEvents('ARM-AZE', { limit: 3, offset: 0 })
        expect(events.total).toBe(8)
        expect(events.items).toHaveLength(3)
        const first = events.items[0]!
        expect(first.articleId).toBe(ceasefire!.record.id)
        expect(first.sentence).toBe(
          'Armenia and Azerbaijan signed a ceasefire statement brokered by Russia, ending six weeks of fighting.',
        )
        expect(ceasefire!.record.body.slice(first.start, first.end)).toContain('signed')
        expect([first.source.country, first.target.country].sort()).toEqual(['ARM', 'AZE'])
        const next = await store.dyadEvents('ARM-AZE', { limit: 10, offset: 3 })
        expect(next.items).toHaveLength(5)
        const [dispatch, copy] = dispatchAndCopy()
        await store.saveArticle(dispatch)
        const withDispatch = (await store.dyadEvents('ARM-AZE', { limit: 1, offset: 0 })).total
        expect(withDispatch).toBeGreaterThan(8)
        expect((await store.saveArticle(copy)).status).toBe('duplicate')
        expect((await store.dyadEvents('ARM-AZE', { limit: 1, offset: 0 })).total).toBe(
          withDispatch,
        )
      })

      it('ranks dyads by their events for the tension index', async () => {
        const tensions = await store.dyadTensions(5)
        expect(tensions[0]).toEqual({
          dyad: 'ARM-AZE',
          events: 8,
          goldstein: 3,
          weeks: [{ week: '2020-11-09', events: 8, goldstein: 3 }],
        })
      })

      it('counts neither events nor mentions of republished copies on the dashboard', async () => {
        const [dispatch, copy] = dispatchAndCopy()
        await store.saveArticle(dispatch)
        const [tensions, active] = [await store.dyadTensions(5), await store.activeActors(5)]
        expect(active.find((a) => a.id === 'nikol-pashinyan')?.articles).toBe(2)
        expect((await store.saveArticle(copy)).status).toBe('duplicate')
        expect(await store.dyadTensions(5)).toEqual(tensions)
        expect(await store.activeActors(5)).toEqual(active)
      })

      it('draws tension lines over the last two years of coverage only', async () => {
        const old = extractDocument(
          {
            url: 'https://bsd.example/2016',
            published: '2016-04-05',
            text: 'Azerbaijan attacked Armenian positions along the line of contact, Armenia said.',
          },
          { kb: testKb() },
        )
        expect(old.record.events.map((e) => e.code)).toEqual(['190'])
        await store.saveArticle(old)
        const [armAze] = await store.dyadTensions(1)
        expect(armAze?.events).toBe(8)
        expect(armAze?.weeks.map((w) => w.week)).toEqual(['2020-11-09'])
        expect((await store.dyadTimeline('ARM-AZE', {})).events).toBe(9)
        expect(TENSION_WEEKS).toBe(104)
      })

      it('lists the latest statements, newest first, with the answers they got', async () => {
        const latest = await store.latestStatements(10)
        const days = latest.map((s) => s.statement.published ?? '')
        expect(days).toEqual([...days].sort().reverse())
        const pashinyan = latest.find((s) => s.statement.speaker.actor === 'nikol-pashinyan')
        expect(pashinyan?.answers.map((a) => a.speaker.actor)).toContain('leyla-abdullayeva')
        const borisovSaid = latest.find((s) => s.statement.speaker.actor === 'yuri-borisov')
        expect(borisovSaid?.answers.some((a) => a.articleId !== borisov!.record.id)).toBe(true)
      })

      it('finds the answers other articles gave to an article’s statements', async () => {
        const responses = await store.articleResponses(borisov!.record.id)
        expect(responses).not.toBeNull()
        expect(responses!.length).toBeGreaterThan(0)
        expect(responses!.every((r) => r.articleId !== borisov!.record.id)).toBe(true)
        expect(await store.articleResponses(seed!.record.id)).toEqual([])
        expect(await store.articleResponses('nope')).toBeNull()
      })

      it('ranks the most active people and organisations of the last year of coverage', async () => {
        const active = await store.activeActors(5)
        expect(active.length).toBeGreaterThan(0)
        expect(active.every((a) => a.kind !== 'country')).toBe(true)
        const scores = active.map((a) => a.articles + a.statements)
        expect(scores).toEqual([...scores].sort((a, b) => b - a))
        expect(active).toContainEqual({
          id: 'nikol-pashinyan',
          name: 'Nikol Pashinyan',
          kind: 'person',
          articles: 1,
          statements: 1,
        })
        // Borisov spoke in September 2019, more than a year before the newest article.
        expect(active.some((a) => a.id === 'yuri-borisov')).toBe(false)
      })

      it('gives an actor its statements, the answers it gave and the answers it got, and its counterparts', async () => {
        const pashinyan = await store.actorActivity('nikol-pashinyan', 10)
        expect(pashinyan.statements.map((s) => s.speaker.actor)).toEqual(['nikol-pashinyan'])
        expect(pashinyan.answersReceived.map((p) => p.answer.speaker.actor)).toContain(
          'leyla-abdullayeva',
        )
        expect(
          pashinyan.answersReceived.every((p) => p.to.speaker.actor === 'nikol-pashinyan'),
        ).toBe(true)
        const leyla = await store.actorActivity('leyla-abdullayeva', 10)
        expect(leyla.answersGiven.map((p) => p.to.speaker.actor)).toEqual(['nikol-pashinyan'])
        expect(await store.counterparts('ARM', 5)).toEqual([
          { actor: 'AZE', name: 'Azerbaijan', events: 8, answers: 0 },
        ])
        const people = await store.counterparts('nikol-pashinyan', 5)
        expect(people.find((c) => c.actor === 'leyla-abdullayeva')?.answers).toBe(1)
      })

      it('links actors by events and answers, within dates', async () => {
        const all = await store.actorNetwork({ limit: 100 })
        expect(all.edges).toContainEqual({
          source: 'ARM',
          target: 'AZE',
          kind: 'event',
          weight: 4,
          goldstein: 3,
        })
        expect(all.edges).toContainEqual(
          expect.objectContaining({
            source: 'leyla-abdullayeva',
            target: 'nikol-pashinyan',
            kind: 'answer',
          }),
        )
        const ids = new Set(all.nodes.map((n) => n.id))
        expect(all.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true)
        const before2020 = await store.actorNetwork({ to: '2019-12-31', limit: 100 })
        expect(before2020.edges.some((e) => e.source === 'ARM' && e.target === 'AZE')).toBe(false)
        expect(before2020.edges.length).toBeGreaterThan(0)
        expect((await store.actorNetwork({ limit: 1 })).edges).toHaveLength(1)
      })
    },
  )
}
