import { describe, expect, it } from 'vitest'
import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { testKb } from '../testing/test-kb.ts'
import { BATCH, ingestDocuments } from './ingest-documents.ts'
import type { InputItem } from './read-inputs.ts'

const page = (n: number, extra = ''): InputItem => ({
  label: `page-${n}`,
  document: {
    url: `https://news.example/${n}`,
    html: `<html><head><title>Report ${n}</title></head><body><article><p>Report ${n}${extra}: Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart in Almaty on Friday to discuss the peace treaty, officials said.</p></article></body></html>`,
  },
})

/** A store member, methods bound to the store itself (its private fields need that). */
function bound(target: Store, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key)
  return typeof value === 'function'
    ? (value as (...args: unknown[]) => unknown).bind(target)
    : value
}

describe('ingesting documents', () => {
  it('saves in batches of one transaction, counting what is new, known and copied', async () => {
    const store = await SqliteStore.open(':memory:')
    const batches: number[] = []
    const counting = new Proxy(store, {
      get(target, key) {
        if (key === 'saveArticles') {
          return (articles: readonly AnalysedArticle[]) => {
            batches.push(articles.length)
            return target.saveArticles(articles)
          }
        }
        return bound(target, key)
      },
    })
    const items = Array.from({ length: 25 }, (_, n) => page(n))
    items.push(page(0), { label: 'gone', id: null, error: 'fetch failed' })
    const report = await ingestDocuments(items, {
      store: counting,
      kb: testKb(),
      batch: { size: 10, maxWaitMs: Infinity },
    })
    expect(report).toMatchObject({ inserted: 25, existing: 1 })
    expect(report.failed).toEqual([{ label: 'gone', error: 'fetch failed' }])
    expect(batches).toEqual([10, 10, 6])
    expect(await store.countArticles()).toBe(25)
    expect(BATCH.size).toBeGreaterThan(10)
    await store.close()
  })

  it('keeps the rest of a batch when one article cannot be saved, and names it', async () => {
    const store = await SqliteStore.open(':memory:')
    // The store refuses one article (as a full disk or a constraint might); the batch holding
    // it rolls back, and saving one by one keeps the others.
    const refusing: Store = new Proxy(store, {
      get(target, key) {
        if (key === 'saveArticles') {
          return (articles: readonly AnalysedArticle[]) =>
            articles.some((a) => a.record.url?.endsWith('/2'))
              ? Promise.reject(new Error('disk full'))
              : target.saveArticles(articles)
        }
        if (key === 'saveArticle') {
          return (article: AnalysedArticle) =>
            article.record.url?.endsWith('/2')
              ? Promise.reject(new Error('disk full'))
              : target.saveArticle(article)
        }
        return bound(target, key)
      },
    })
    const report = await ingestDocuments([page(1), page(2), page(3)], {
      store: refusing,
      kb: testKb(),
    })
    expect(report.inserted).toBe(2)
    expect(report.failed).toEqual([{ label: 'page-2', error: 'disk full' }])
    expect(await store.countArticles()).toBe(2)
    await store.close()
  })
})
