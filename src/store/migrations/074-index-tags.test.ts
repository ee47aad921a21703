import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleArticles } from '../../testing/sample-articles.ts'
import { SqliteStore } from '../dialects/sqlite.ts'
import { indexTags } from '../index-tags.ts'
import { migrationProvider } from './index.ts'

describe('074-index-tags', () => {
  let dir: string | null = null
  afterEach(() => {
    if (dir) {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('tags the originals stored before it and indexes them again, so filtered searches find them', async () => {
    dir = mkdtempSync(join(tmpdir(), 'watchdesk-074-'))
    const file = join(dir, 'old.db')
    const [first] = sampleArticles()
    const record = first!.record
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(file) }) })
    const migrator = new Migrator({ db, provider: migrationProvider('sqlite') })
    expect((await migrator.migrateTo('073-copies-by-day')).error).toBeUndefined()
    const raw = new SQLite(file)
    const insert = raw.prepare(
      `INSERT INTO articles (seq, id, url, content_hash, title, published, language, body, record, dates, ingested_at, duplicate_of)
       VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, '[]', '2024-05-02T08:00:00Z', ?)`,
    )
    insert.run(
      1,
      'old',
      'https://old.example/1',
      'h1',
      record.title,
      record.published,
      record.body,
      JSON.stringify(record),
      null,
    )
    insert.run(
      2,
      'copy',
      'https://mirror.example/1',
      'h2',
      record.title,
      record.published,
      record.body,
      JSON.stringify(record),
      'old',
    )
    raw
      .prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (1, ?, ?)')
      .run(record.title, record.body)
    raw.close()
    await db.destroy()

    const store = await SqliteStore.open(file)
    const check = new SQLite(file, { readonly: true })
    expect(check.prepare('SELECT seq, tags FROM article_index_tags').all()).toEqual([
      { seq: 1, tags: indexTags(record) },
    ])
    check.close()
    const country = record.actors.find((a) => a.country)!.country!
    const word = record.title.split(/\s+/).find((w) => w.length > 4)!
    const found = await store.search({ q: word, country, limit: 10, offset: 0 })
    expect(found.items.map((item) => item.id)).toEqual(['old'])
    expect(found.facets.countries.map((c) => c.value)).toContain(country)
    expect((await store.search({ q: word, country: 'XXX', limit: 10, offset: 0 })).total).toBe(0)
    await store.close()
  })
})
