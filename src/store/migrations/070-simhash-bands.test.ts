import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { simhash, simhashBands } from '../../extract/dedupe/simhash.ts'
import { sampleArticles } from '../../testing/sample-articles.ts'
import { SqliteStore } from '../dialects/sqlite.ts'
import { migrationProvider } from './index.ts'

describe('070-simhash-bands', () => {
  let dir: string | null = null
  afterEach(() => {
    if (dir) {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('re-bands articles stored under the old eight-band scheme, so their copies are still found', async () => {
    dir = mkdtempSync(join(tmpdir(), 'watchdesk-070-'))
    const file = join(dir, 'old.db')
    const [first] = sampleArticles()
    const body = first!.record.body
    const fingerprint = simhash(body)!
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(file) }) })
    const migrator = new Migrator({ db, provider: migrationProvider('sqlite') })
    expect((await migrator.migrateTo('060-applications')).error).toBeUndefined()
    const raw = new SQLite(file)
    raw
      .prepare(
        `INSERT INTO articles (id, url, content_hash, title, published, language, body, record, dates, ingested_at, simhash)
         VALUES ('old', 'https://old.example/1', 'h', 't', NULL, 'en', ?, ?, '[]', '2024-05-02T08:00:00Z', ?)`,
      )
      .run(body, JSON.stringify(first!.record), fingerprint)
    raw.close()
    await db.destroy()

    const store = await SqliteStore.open(file)
    const check = new SQLite(file, { readonly: true })
    expect(
      check.prepare('SELECT band, day, article_id FROM article_simhash_bands ORDER BY band').all(),
    ).toEqual(
      simhashBands(fingerprint).map((band) => ({ band, day: '2024-05-02', article_id: 'old' })),
    )
    expect(
      check.prepare("SELECT name FROM sqlite_master WHERE name = 'article_bands'").get(),
    ).toBeUndefined()
    check.close()
    const copy = {
      ...first!,
      record: {
        ...first!.record,
        id: 'copy',
        url: 'https://mirror.example/copy',
        canonicalUrl: null,
        published: '2024-05-03',
        body: `${body} (Wire)`,
      },
    }
    expect(await store.saveArticle(copy)).toEqual({
      id: 'copy',
      status: 'duplicate',
      duplicateOf: 'old',
    })
    await store.close()
  })
})
