/**
 * The store contract, run once per dialect: SQLite in memory and PostgreSQL on the machine's
 * server (`DIALECTS=sqlite` or `DIALECTS=postgres` runs one; PostgreSQL skips, with the reason,
 * when no server answers).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { extractDocument } from '../extract/extract-document.ts'
import { sampleArticles } from '../testing/sample-articles.ts'
import { testKb } from '../testing/test-kb.ts'
import { testDialects } from '../testing/store-dialects.ts'
import type { Store } from './store.ts'

for (const dialect of await testDialects()) {
  describe.skipIf(dialect.skip !== null)(
    `store on ${dialect.name}${dialect.skip ? ` (skipped: ${dialect.skip})` : ''}`,
    () => {
      let store: Store
      let dispose: () => Promise<void>
      beforeEach(async () => {
        ;({ store, dispose } = await dialect.open())
      })
      afterEach(async () => {
        await dispose()
      })

      it('stores an article once: the same URL or the same text is not stored again', async () => {
        const [first] = sampleArticles()
        expect(await store.saveArticle(first!)).toEqual({
          id: first!.record.id,
          status: 'inserted',
        })
        expect(await store.saveArticle(first!)).toEqual({ id: first!.record.id, status: 'exists' })
        const sameText = {
          ...first!,
          record: {
            ...first!.record,
            id: 'other',
            url: 'https://mirror.example/x',
            canonicalUrl: null,
          },
        }
        expect(await store.saveArticle(sameText)).toEqual({
          id: first!.record.id,
          status: 'exists',
        })
        const sameUrl = {
          ...first!,
          record: { ...first!.record, id: 'other2', body: 'A corrected text of the story.' },
        }
        expect(await store.saveArticle(sameUrl)).toEqual({ id: first!.record.id, status: 'exists' })
        expect(await store.countArticles()).toBe(1)
      })

      it('keeps a republished wire story, marks it as a copy of the first, and leaves it out of lists and search', async () => {
        const [first] = sampleArticles()
        await store.saveArticle(first!)
        const copy = {
          ...first!,
          record: {
            ...first!.record,
            id: 'copy',
            url: 'https://mirror.example/wire/1',
            canonicalUrl: null,
            body: `YEREVAN (Wire) — ${first!.record.body} (Reuters)`,
          },
        }
        expect(await store.saveArticle(copy)).toEqual({
          id: 'copy',
          status: 'duplicate',
          duplicateOf: first!.record.id,
        })
        expect((await store.getArticle('copy'))?.duplicateOf).toBe(first!.record.id)
        expect((await store.listArticles({ limit: 10, offset: 0 })).items.map((a) => a.id)).toEqual(
          [first!.record.id],
        )
        expect((await store.search({ q: 'Bishkek', limit: 10, offset: 0 })).total).toBe(1)
        expect(await store.countArticles()).toBe(2)
      })

      it('looks for the original of a copy only among articles of the month either side', async () => {
        const [first] = sampleArticles()
        await store.saveArticle({
          ...first!,
          record: { ...first!.record, published: '2024-03-01' },
        })
        const copy = (id: string, published: string | null) => ({
          ...first!,
          record: {
            ...first!.record,
            id,
            url: `https://mirror.example/wire/${id}`,
            canonicalUrl: null,
            published,
            body: `YEREVAN (Wire) — ${first!.record.body} (${id})`,
          },
        })
        expect(await store.saveArticle(copy('week-later', '2024-03-08T10:00:00+04:00'))).toEqual({
          id: 'week-later',
          status: 'duplicate',
          duplicateOf: first!.record.id,
        })
        expect(await store.saveArticle(copy('year-later', '2025-03-01'))).toEqual({
          id: 'year-later',
          status: 'inserted',
        })
      })

      it('saves a batch in one transaction, checking each article against those before it', async () => {
        const [first, second] = sampleArticles()
        const copy = {
          ...first!,
          record: {
            ...first!.record,
            id: 'copy',
            url: 'https://mirror.example/wire/1',
            canonicalUrl: null,
            body: `YEREVAN (Wire) — ${first!.record.body} (Reuters)`,
          },
        }
        expect(await store.saveArticles([first!, first!, copy, second!])).toEqual([
          { id: first!.record.id, status: 'inserted' },
          { id: first!.record.id, status: 'exists' },
          { id: 'copy', status: 'duplicate', duplicateOf: first!.record.id },
          { id: second!.record.id, status: 'inserted' },
        ])
        expect(await store.saveArticles([])).toEqual([])
        expect(await store.countArticles()).toBe(3)
        expect((await store.search({ q: 'Bishkek', limit: 10, offset: 0 })).total).toBe(1)
      })

      it('returns the stored record unchanged', async () => {
        const [first] = sampleArticles()
        await store.saveArticle(first!)
        expect(await store.getArticle(first!.record.id)).toEqual({
          record: first!.record,
          dates: first!.dates,
          duplicateOf: null,
        })
        expect(await store.getArticle('missing')).toBeNull()
      })

      it('lists newest first with paging and a total', async () => {
        for (const article of sampleArticles()) {
          await store.saveArticle(article)
        }
        const page = await store.listArticles({ limit: 2, offset: 0 })
        expect(page.total).toBe(3)
        expect(page.items.map((a) => a.published)).toEqual(['2020-11-10', '2019-11-29'])
        expect((await store.listArticles({ limit: 2, offset: 2 })).items).toHaveLength(1)
      })

      it('searches titles and bodies with marked snippets; operators in the query are plain words', async () => {
        for (const article of sampleArticles()) {
          await store.saveArticle(article)
        }
        const result = await store.search({ q: 'observer status', limit: 10, offset: 0 })
        expect(result.total).toBe(2)
        expect(result.items[0]?.title).toMatch(/Borisov/)
        expect(result.items[0]?.snippet.some((s) => s.hit && /observer/i.test(s.text))).toBe(true)
        expect(
          (await store.search({ q: 'ceasefire AND OR NOT (', limit: 10, offset: 0 })).total,
        ).toBe(0)
        expect((await store.search({ q: 'ceasefire', limit: 10, offset: 0 })).total).toBe(1)
        await expect(store.search({ q: '"" ((', limit: 10, offset: 0 })).rejects.toThrow(/no words/)
      })

      it('pages by relevance without gaps or repeats, and says how many matches the facets cover', async () => {
        for (const article of sampleArticles()) {
          await store.saveArticle(article)
        }
        const all = await store.search({ q: 'the', limit: 50, offset: 0 })
        expect(all.total).toBeGreaterThanOrEqual(2)
        expect(all.facetsOver).toBe(all.total)
        const pages = []
        for (let offset = 0; offset < all.total; offset += 1) {
          pages.push(...(await store.search({ q: 'the', limit: 1, offset })).items)
        }
        expect(pages.map((hit) => hit.id)).toEqual(all.items.map((hit) => hit.id))
      })

      it('finds the articles that mention an actor, and actors the KB does not know', async () => {
        for (const article of sampleArticles()) {
          await store.saveArticle(article)
        }
        expect((await store.articlesByActor('yuri-borisov', { limit: 10, offset: 0 })).total).toBe(
          2,
        )
        expect(await store.getActor('local:stanislav-zas')).toMatchObject({
          name: 'Stanislav Zas',
          kind: 'person',
        })
      })

      it('links a citation of earlier coverage to the stored article it means', async () => {
        const [seed, borisov] = sampleArticles()
        const cited = {
          ...borisov!,
          record: {
            ...borisov!.record,
            source: { name: 'Caucasus Watch', domain: 'caucasuswatch.example' },
          },
        }
        await store.saveArticle(cited)
        await store.saveArticle(seed!)
        const stored = await store.getArticle(seed!.record.id)
        expect(stored?.record.references).toEqual([
          {
            text: '(Caucasus Watch reported)',
            publisher: 'Caucasus Watch',
            article: borisov!.record.id,
          },
        ])
      })

      it('ranks related articles by shared actors, events and words, leaving out copies', async () => {
        const [seed, borisov, ceasefire] = sampleArticles()
        for (const article of [seed!, borisov!, ceasefire!]) {
          await store.saveArticle(article)
        }
        const related = await store.relatedArticles(borisov!.record.id, 5)
        expect(related?.[0]).toMatchObject({
          id: seed!.record.id,
          reasons: { actors: expect.arrayContaining(['yuri-borisov']) },
        })
        expect(related?.some((r) => r.id === borisov!.record.id)).toBe(false)
        expect(await store.relatedArticles('missing', 5)).toBeNull()
      })

      it('filters searches and counts facets over every match', async () => {
        const articles = sampleArticles()
        const named = articles[0]!.record
        articles[0] = {
          ...articles[0]!,
          record: { ...named, source: { ...named.source, name: 'South Caucasus Monitor' } },
        }
        for (const article of articles) {
          await store.saveArticle(article)
        }
        const all = await store.search({ q: 'Azerbaijan', limit: 10, offset: 0 })
        expect(all.total).toBe(3)
        expect(all.facets.countries.find((f) => f.value === 'ARM')?.count).toBe(3)
        expect(all.facets.actors.find((f) => f.value === 'yuri-borisov')).toMatchObject({
          label: 'Yuri Borisov',
          count: 2,
        })
        expect(all.facets.sources.map((f) => f.value).sort()).toEqual([
          'blackseadispatch.example',
          'kurareview.example',
          'scmonitor.example',
        ])
        // Labelled with the outlet's name where the record has one, else with the domain.
        expect(all.facets.sources.map((f) => f.label).sort()).toEqual([
          'South Caucasus Monitor',
          'blackseadispatch.example',
          'kurareview.example',
        ])
        const recordLanguages = articles.map((a) => a.record.language)
        expect(all.facets.languages.map((f) => [f.value, f.count])).toEqual(
          [...new Set(recordLanguages)]
            .map((language) => [language, recordLanguages.filter((l) => l === language).length])
            .sort((a, b) => Number(b[1]) - Number(a[1])),
        )
        expect(all.facets.eventRoots.find((f) => f.value === '02')?.count).toBe(1)
        expect(
          (await store.search({ q: 'Azerbaijan', limit: 10, offset: 0, actor: 'yuri-borisov' }))
            .total,
        ).toBe(2)
        expect(
          (await store.search({ q: 'Azerbaijan', limit: 10, offset: 0, eventRoot: '02' })).total,
        ).toBe(1)
        expect(
          (
            await store.search({
              q: 'Azerbaijan',
              limit: 10,
              offset: 0,
              source: 'kurareview.example',
            })
          ).total,
        ).toBe(1)
        expect(
          (
            await store.search({
              q: 'Azerbaijan',
              limit: 10,
              offset: 0,
              from: '2019-10-01',
              to: '2019-12-31',
            })
          ).total,
        ).toBe(1)
        // Both ends of a range hold their whole day; an open end runs to the archive's end.
        const dated = async (range: { from?: string; to?: string }): Promise<string[]> =>
          (
            await store.search({ q: 'Azerbaijan', limit: 10, offset: 0, sort: 'date', ...range })
          ).items.map((i) => i.published ?? '')
        expect(await dated({ from: '2019-11-29' })).toEqual(['2020-11-10', '2019-11-29'])
        expect(await dated({ from: '2019-11-30' })).toEqual(['2020-11-10'])
        expect(await dated({ to: '2019-11-29' })).toEqual(['2019-11-29', '2019-09-13'])
        expect(await dated({ from: '2019-09-13', to: '2019-09-13' })).toEqual(['2019-09-13'])
        expect(await dated({ from: '2020-01-01', to: '2019-01-01' })).toEqual([])
        const armenian = await store.search({
          q: 'Azerbaijan',
          limit: 10,
          offset: 0,
          country: 'ARM',
        })
        expect(armenian.total).toBe(3)
        const languages = all.facets.languages
        expect(languages.length).toBeGreaterThan(0)
        for (const { value, count } of languages) {
          expect(
            (await store.search({ q: 'Azerbaijan', limit: 10, offset: 0, language: value })).total,
          ).toBe(count)
        }
        expect(
          (await store.search({ q: 'Azerbaijan', limit: 10, offset: 0, language: 'ka' })).total,
        ).toBe(0)
        const byDate = await store.search({ q: 'Azerbaijan', limit: 10, offset: 0, sort: 'date' })
        expect(byDate.items.map((i) => i.published)).toEqual([
          '2020-11-10',
          '2019-11-29',
          '2019-09-13',
        ])
      })

      it('groups articles of several outlets about one event into a story', async () => {
        const [seed, borisov, ceasefire] = sampleArticles()
        const retold = {
          ...seed!,
          record: {
            ...seed!.record,
            id: 'retold',
            url: 'https://bsd.example/retold',
            canonicalUrl: null,
            source: { name: 'Other', domain: 'other.example' },
            published: '2019-11-30',
            body: `${seed!.record.body} Analysts in Yerevan expect a long dispute.`,
          },
        }
        for (const article of [seed!, borisov!, ceasefire!, retold]) {
          await store.saveArticle(article)
        }
        const story = await store.storyOfArticle('retold')
        expect(story?.articles.map((a) => a.id).sort()).toEqual([seed!.record.id, 'retold'].sort())
        expect(story?.outlets).toHaveLength(2)
        expect((await store.listStories(10)).map((s) => s.articles.length)).toEqual([2])
        expect((await store.storyOfArticle(ceasefire!.record.id))?.articles).toHaveLength(1)
      })

      it('links an answer in a later article to the statement it answers, and threads them both ways', async () => {
        const kb = testKb()
        const [, borisov] = sampleArticles()
        const answer = extractDocument(
          {
            url: 'https://bsd.example/answer',
            published: '2019-09-14',
            text: 'The Armenian Foreign Ministry responded to Borisov’s remarks, saying that Azerbaijan would first need diplomatic relations with every member state of the bloc.',
          },
          { kb },
        )
        await store.saveArticle(borisov!)
        await store.saveArticle(answer)
        const stored = await store.getArticle(answer.record.id)
        const link = stored?.record.statements[0]?.respondsTo
        expect(link).toMatchObject({
          speaker: { actor: 'yuri-borisov' },
          article: borisov!.record.id,
        })
        const thread = await store.statementThread(link!.statement!)
        expect(thread?.statement.speaker.actor).toBe('yuri-borisov')
        expect(thread?.replies.map((r) => r.articleId)).toContain(answer.record.id)
        const up = await store.statementThread(stored!.record.statements[0]!.id)
        expect(up?.answers[0]?.id).toBe(link!.statement)
        expect(await store.statementThread('nope')).toBeNull()
      })

      it('exports every record, oldest first', async () => {
        const articles = sampleArticles()
        for (const article of articles) {
          await store.saveArticle(article)
        }
        const ids: string[] = []
        for await (const { record } of store.exportRecords()) {
          ids.push(record.id)
        }
        expect(ids).toEqual(articles.map((a) => a.record.id))
        const filtered: string[] = []
        for await (const { record } of store.exportRecords({
          from: '2019-09-01',
          to: '2019-11-29',
          actor: 'yuri-borisov',
        })) {
          filtered.push(record.published ?? '')
        }
        expect(filtered).toEqual(['2019-11-29', '2019-09-13'])
      })

      it('adds to shared counters, from one writer or several at once', async () => {
        const add = (value: number) =>
          store.addMetrics([
            { name: 'watchdesk_fetches_total', labels: 'outcome="ok"', value },
            { name: 'watchdesk_extraction_seconds_sum', labels: '', value: value / 4 },
          ])
        await add(1)
        await Promise.all([add(2), add(3)])
        expect(await store.readMetrics()).toEqual([
          { name: 'watchdesk_extraction_seconds_sum', labels: '', value: 1.5 },
          { name: 'watchdesk_fetches_total', labels: 'outcome="ok"', value: 6 },
        ])
      })
    },
  )
}
