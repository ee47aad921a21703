import { Kysely, Migrator, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { sampleArticles } from '../../testing/sample-articles.ts'
import { temporaryPostgresDatabase, testDialects } from '../../testing/store-dialects.ts'
import { PostgresStore } from '../dialects/postgres.ts'
import { indexTags } from '../index-tags.ts'
import { migrationProvider } from './index.ts'

const postgres = (await testDialects()).find((d) => d.name === 'postgres')

describe('076-search-vectors', () => {
  it.skipIf(postgres?.skip !== null)(
    'moves the vectors of articles stored before it to article_search, where searches find them',
    async () => {
      const { url, drop } = await temporaryPostgresDatabase()
      const record = sampleArticles()[0]!.record
      const db = new Kysely<unknown>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
      })
      try {
        const migrator = new Migrator({ db, provider: migrationProvider('postgres') })
        expect((await migrator.migrateTo('075-copy-keys')).error).toBeUndefined()
        const tags = indexTags(record)
        await sql`INSERT INTO articles (id, url, content_hash, title, published, language, body, record, dates, ingested_at, tsv)
          VALUES ('old', 'https://old.example/1', 'h1', ${record.title}, ${record.published}, 'en',
            ${record.body}, ${JSON.stringify(record)}, '[]', '2024-05-02T08:00:00Z',
            setweight(to_tsvector('simple', ${record.title}), 'A') || setweight(to_tsvector('simple', ${record.body}), 'D') || to_tsvector('simple', ${tags}))`.execute(
          db,
        )
        await sql`INSERT INTO article_index_tags (seq, tags) SELECT seq, ${tags} FROM articles`.execute(
          db,
        )
      } finally {
        await db.destroy()
      }
      const store = await PostgresStore.open(url)
      try {
        const country = record.actors.find((a) => a.country)!.country!
        const word = record.title.split(/\s+/).find((w) => w.length > 4)!
        const found = await store.search({ q: word, country, limit: 10, offset: 0 })
        expect(found.items.map((item) => item.id)).toEqual(['old'])
        expect(found.total).toBe(1)
      } finally {
        await store.close()
        await drop()
      }
    },
  )
})
