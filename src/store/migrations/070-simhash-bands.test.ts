import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { simhash } from '../../extract/dedupe/simhash.ts'
import { sampleArticles } from '../../testing/sample-articles.ts'
import { SqliteStore } from '../dialects/sqlite.ts'
import { dayNumber } from '../duplicate-window.ts'
import { copyKeys } from '../stored-originals.ts'
import { migrationProvider } from './index.ts'

describe('070-simhash-bands and 075-copy-keys', () => {
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

    expect((await migrator.migrateTo('070-simhash-bands')).error).toBeUndefined()
    await db.destroy()
    const banded = new SQLite(file, { readonly: true })
    expect(
      banded.prepare('SELECT band, day, article_id FROM article_simhash_bands ORDER BY band').all(),
    ).toEqual(
      ['0', '1', '2', '3'].map((position, i) => ({
        band: `${position}:${fingerprint.slice(i * 4, i * 4 + 4)}`,
        day: '2024-05-02',
        article_id: 'old',
      })),
    )
    expect(
      banded.prepare("SELECT name FROM sqlite_master WHERE name = 'article_bands'").get(),
    ).toBeUndefined()
    banded.close()

    // 075 keys the same article by integers, and drops the text bands.
    const store = await SqliteStore.open(file)
    const check = new SQLite(file, { readonly: true })
    const { seq } = check.prepare("SELECT seq FROM articles WHERE id = 'old'").get() as {
      seq: number
    }
    expect(
      check.prepare('SELECT band, day, seq, hi, lo FROM article_copy_keys ORDER BY band').all(),
    ).toEqual(copyKeys(seq, fingerprint, dayNumber('2024-05-02')))
    expect(
      check.prepare("SELECT name FROM sqlite_master WHERE name = 'article_simhash_bands'").get(),
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
