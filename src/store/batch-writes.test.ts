/**
 * A batch is saved with its rows written at its end and its lookups answered partly from the
 * batch itself (batch-writes.ts): it must store exactly what saving its articles one at a time
 * stores — copies, stories, answers and citations included — on both dialects.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import { extractDocument } from '../extract/extract-document.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../kb/knowledge-base.ts'
import { demoCorpusInputs } from '../ingest/seed-demo-corpus.ts'
import { testDialects } from '../testing/store-dialects.ts'
import { chunks } from './batch-writes.ts'
import type { Store } from './store.ts'

const kb = KnowledgeBase.load([DEFAULT_KB_DIR])

/**
 * The demo corpus, oldest first, each fifth article followed by a wire copy of it a day later,
 * and the first article with a statement by a known speaker followed by an answer to it.
 */
function demoArticles(): AnalysedArticle[] {
  const articles = demoCorpusInputs()
    .map((item) => extractDocument(item.document!, { kb }))
    .sort((a, b) => (a.record.published ?? '').localeCompare(b.record.published ?? ''))
  const answered = articles.findIndex((a) => a.record.statements.some((s) => s.speaker.actor))
  articles.splice(answered + 1, 0, answerTo(articles[answered]!))
  return articles.flatMap((article, i) => {
    if (i % 5 !== 0 || !article.record.published) {
      return [article]
    }
    const next = new Date(Date.parse(article.record.published) + 86_400_000).toISOString()
    const copy: AnalysedArticle = {
      ...article,
      record: {
        ...article.record,
        id: `${article.record.id}-copy`,
        url: `https://mirror.example/${article.record.id}`,
        canonicalUrl: null,
        published: next,
        source: { name: 'Mirror Wire', domain: 'mirror.example' },
        body: `${article.record.body} (Wire)`,
      },
    }
    return [article, copy]
  })
}

/** An article two days later whose one statement answers the speaker of `article`'s first. */
function answerTo({ record }: AnalysedArticle): AnalysedArticle {
  const speaker = record.statements.find((s) => s.speaker.actor)!.speaker
  const id = `${record.id}-answer`
  return {
    record: {
      ...record,
      id,
      url: `https://answers.example/${record.id}`,
      canonicalUrl: null,
      source: { name: 'Answer Desk', domain: 'answers.example' },
      published: new Date(Date.parse(record.published!) + 2 * 86_400_000).toISOString(),
      title: 'A ministry answers',
      body: Array.from(
        { length: 12 },
        (_, i) => `The ministry spokesperson answered point ${String(i)} of the remarks in turn.`,
      ).join(' '),
      quotes: [],
      events: [],
      references: [],
      statements: [
        {
          id: `${id}:s0`,
          speaker: { name: 'The spokesperson', actor: null },
          quotes: [],
          respondsTo: { speaker, article: null, statement: null },
        },
      ],
    },
    dates: [],
    roleChanges: [],
  }
}

/** What the store holds, in a form two stores can be compared by. */
async function contents(store: Store) {
  const records = []
  for await (const { record, duplicateOf } of store.exportRecords()) {
    records.push({ record, duplicateOf })
  }
  const stories = (await store.listStories(100)).map((s) => ({
    id: s.id,
    articles: s.articles.map((a) => a.id),
  }))
  return { records, stories }
}

for (const dialect of await testDialects()) {
  describe.skipIf(dialect.skip !== null)(`batched saves on ${dialect.name}`, () => {
    const opened: (() => Promise<void>)[] = []
    const open = async (): Promise<Store> => {
      const { store, dispose } = await dialect.open()
      opened.push(dispose)
      return store
    }
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((dispose) => dispose()))
    })
    /** A new store with `articles` saved one at a time, and what each save returned. */
    async function savedOneByOne(articles: ReturnType<typeof demoArticles>) {
      const store = await open()
      const results = []
      for (const article of articles) {
        results.push(await store.saveArticle(article))
      }
      return { store, results }
    }

    it('stores a batch exactly as it stores its articles one at a time', async () => {
      const articles = demoArticles()
      const { store: oneByOne, results: single } = await savedOneByOne(articles)
      const batched = await open()
      expect(await batched.saveArticles([...articles, articles[3]!])).toEqual([
        ...single,
        { id: articles[3]!.record.id, status: 'exists' },
      ])
      const expected = await contents(oneByOne)
      expect(await contents(batched)).toEqual(expected)
      // Each kind of lookup within the batch had something to find.
      expect(single.filter((r) => r.status === 'duplicate').length).toBeGreaterThan(5)
      expect(expected.stories.length).toBeGreaterThan(0)
      const answer = expected.records.find(({ record }) => record.id.endsWith('-answer'))
      expect(answer?.record.statements[0]?.respondsTo?.statement).toMatch(/:s\d+$/)
      expect(
        expected.records.some(({ record }) => record.references.some((r) => r.article !== null)),
      ).toBe(true)
    }, 60_000)

    it('stores batches that find some of their originals, stories and answers stored, some pending, as one at a time', async () => {
      const articles = demoArticles()
      const { store: oneByOne, results: single } = await savedOneByOne(articles)
      // Batches of seven cut between many an original and its copy, and between stories.
      const batched = await open()
      const results = []
      for (let i = 0; i < articles.length; i += 7) {
        results.push(...(await batched.saveArticles(articles.slice(i, i + 7))))
      }
      expect(results).toEqual(single)
      expect(await contents(batched)).toEqual(await contents(oneByOne))
    }, 60_000)
  })
}

describe('chunks', () => {
  const sizes = (count: number, columns: number) =>
    [
      ...chunks(
        Array.from({ length: count }, (_, i) => i),
        columns,
      ),
    ].map((run) => run.length)

  it('cuts rows into runs of a few fixed sizes, largest first, none lost', () => {
    expect(sizes(1000, 3)).toEqual([256, 256, 256, 128, 64, 32, 8])
    expect(sizes(1, 3)).toEqual([1])
    expect(sizes(0, 3)).toEqual([])
  })

  it('keeps a run under the parameter limit when rows are wide', () => {
    // 30,000 parameters over 200 columns: 150 rows at most, so runs of 128.
    expect(sizes(300, 200)).toEqual([128, 128, 32, 8, 4])
  })
})
