/**
 * A filtered search by relevance picks its page from the ranked index, the filters matched
 * inside it (index-tags.ts): a narrow filter's pages are the unfiltered order with the others
 * left out, with no gaps, on an archive where the filter keeps one match in fifty.
 */
import { describe, expect, it } from 'vitest'
import type { ArticleRecord } from '../core/article.ts'
import { sampleArticles } from '../testing/sample-articles.ts'
import { temporaryPostgresDatabase, testDialects } from '../testing/store-dialects.ts'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { addStoreFunctions, SqliteStore } from './dialects/sqlite.ts'
import { fullTextFor } from './full-text.ts'
import { KyselyStore, toSummary } from './kysely-store.ts'
import type { Database } from './schema.ts'
import { searchArticles } from './search-queries.ts'
import { markedSnippet, snippetSegments } from './fts-query.ts'

/** Distinct bodies (so no article is taken for a copy of another), all with the word "accord". */
function archive(size: number, withActorEvery: number): ArticleRecord[] {
  const base = sampleArticles()[0]!.record
  const actor = {
    ...base.actors[0]!,
    id: 'local:test-envoy',
    name: 'Test Envoy',
    kind: 'person' as const,
  }
  let seed = 7
  // xorshift32: a fixed, well-spread sequence, so the bodies differ and none looks like a copy.
  const next = () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return seed >>> 0
  }
  return Array.from({ length: size }, (_, i) => {
    const words = Array.from({ length: 60 }, () => `w${next() % 5_000}`)
    words.splice(next() % 60, 0, ...Array.from({ length: 1 + (i % 3) }, () => 'accord'))
    return {
      ...base,
      id: `paging-${i}`,
      url: `https://paging.example/${i}`,
      canonicalUrl: null,
      title: `Report ${i}`,
      published: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      body: `${words.join(' ')} item${i} ${i * 7919}.`,
      actors: i % withActorEvery === 0 ? [actor] : [],
      mentions: [],
      quotes: [],
      statements: [],
      events: [],
      references: [],
    }
  })
}

describe('search paging over the ranked index', () => {
  it('fills a narrowly filtered page in the unfiltered order, with no gaps', async () => {
    const store = await SqliteStore.open(':memory:')
    const records = archive(1_500, 50)
    for (let i = 0; i < records.length; i += 500) {
      const saved = await store.saveArticles(
        records.slice(i, i + 500).map((record) => ({ record, dates: [], roleChanges: [] })),
      )
      expect(saved.every((r) => r.status === 'inserted')).toBe(true)
    }
    const everything = await store.search({ q: 'accord', limit: 2_000, offset: 0 })
    expect(everything.total).toBe(1_500)
    const withActor = new Set(records.filter((r) => r.actors.length > 0).map((r) => r.id))
    const expected = everything.items.map((item) => item.id).filter((id) => withActor.has(id))
    const first = await store.search({
      q: 'accord',
      actor: 'local:test-envoy',
      limit: 20,
      offset: 0,
    })
    const second = await store.search({
      q: 'accord',
      actor: 'local:test-envoy',
      limit: 20,
      offset: 20,
    })
    expect(first.total).toBe(30)
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(expected)
    expect(first.items[0]?.snippet.some((s) => s.hit && s.text === 'accord')).toBe(true)
    await store.close()
  })
})

describe.each(await testDialects())('the rank window on $name', ({ name, skip }) => {
  it.skipIf(skip !== null)(
    'ranks the newest matches when there are more, says so, and ranks every match otherwise',
    async () => {
      const { db, dispose } = await openDatabase(name)
      const store = new KyselyStore(db, name)
      const records = archive(300, 10)
      await store.saveArticles(records.map((record) => ({ record, dates: [], roleChanges: [] })))
      const fullText = fullTextFor(name, 100)
      const page = { limit: 300, offset: 0, sort: 'relevance' as const }
      const windowed = await searchArticles(db, fullText, 'accord', {}, page, toSummary)
      expect(windowed.total).toBe(300)
      expect(windowed.rankedOver).toBe(100)
      // The best of the newest hundred: the articles stored last, in order of relevance.
      const newest = new Set(records.slice(-100).map((r) => r.id))
      expect(windowed.items).toHaveLength(100)
      expect(windowed.items.every((item) => newest.has(item.id))).toBe(true)
      // A filter narrow enough for the window ranks every match it keeps.
      const filtered = await searchArticles(
        db,
        fullText,
        'accord',
        { actor: 'local:test-envoy' },
        page,
        toSummary,
      )
      expect(filtered.total).toBe(30)
      expect(filtered.rankedOver).toBe(30)
      expect(filtered.items).toHaveLength(30)
      const byDate = await searchArticles(
        db,
        fullText,
        'accord',
        {},
        { ...page, sort: 'date' },
        toSummary,
      )
      expect(byDate.rankedOver).toBe(300)
      expect(byDate.items).toHaveLength(300)
      await dispose()
    },
  )
})

/** A migrated, empty database of the dialect, its Kysely handle, and how to throw it away. */
async function openDatabase(
  name: 'sqlite' | 'postgres',
): Promise<{ db: Kysely<Database>; dispose: () => Promise<void> }> {
  if (name === 'sqlite') {
    const database = new SQLite(':memory:')
    addStoreFunctions(database)
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
    await KyselyStore.migrate(db, 'sqlite', 'test')
    return { db, dispose: () => db.destroy() }
  }
  const { url, drop } = await temporaryPostgresDatabase()
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
  })
  await KyselyStore.migrate(db, 'postgres', 'test')
  return {
    db,
    dispose: async () => {
      await db.destroy()
      await drop()
    },
  }
}

describe('snippets made from the body', () => {
  it('marks every query word, case and diacritics aside, around the first hit', () => {
    const body = `${'Filler words come first here. '.repeat(4)}The Élysée said the ACCORD held; the accord stands.`
    const segments = snippetSegments(markedSnippet(body, 'elysee accord'))
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Élysée', 'ACCORD', 'accord'])
    expect(segments[0]?.text.startsWith('…')).toBe(true)
  })

  it('shows the start of the body when no word of the query is in it', () => {
    expect(markedSnippet('Short text without the word.', 'missing')).toBe(
      'Short text without the word',
    )
  })
})
