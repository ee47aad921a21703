import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely'
import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import type { ArticleRecord, RecordActor } from '../core/article.ts'
import type { ArticleSummary, Page, PageRequest, SearchHit } from '../core/article-summary.ts'
import { AppError, getMessage } from '../core/errors.ts'
import { hammingDistance, MAX_DISTANCE, simhash, simhashBands } from '../extract/dedupe/simhash.ts'
import { HIT_CLOSE, HIT_OPEN, snippetSegments, toFtsQuery } from './fts-query.ts'
import { migrationProvider } from './migrations/index.ts'
import type { Database, ArticlesTable } from './schema.ts'
import type { SaveResult, SearchQuery, Store, StoredArticle } from './store.ts'

const SUMMARY_COLUMNS = [
  'id',
  'title',
  'url',
  'source_name',
  'source_domain',
  'byline',
  'published',
  'language',
  'body',
] as const
type SummaryRow = Pick<ArticlesTable, (typeof SUMMARY_COLUMNS)[number]>

/**
 * The embedded store: Kysely over better-sqlite3, with FTS5 for search. `:memory:` gives a
 * throwaway database for tests.
 */
export class SqliteStore implements Store {
  readonly #db: Kysely<Database>

  private constructor(db: Kysely<Database>) {
    this.#db = db
  }

  /** Opens (creating when absent) the database at `path` and brings its schema up to date. */
  static async open(path: string): Promise<SqliteStore> {
    if (path !== ':memory:') {
      mkdirSync(dirname(path), { recursive: true })
    }
    let database: SQLite.Database
    try {
      database = new SQLite(path)
    } catch (error: unknown) {
      throw new AppError(
        'store_unavailable',
        `cannot open SQLite database "${path}": ${getMessage(error)}`,
        { cause: error },
      )
    }
    database.pragma('journal_mode = WAL')
    database.pragma('foreign_keys = ON')
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest()
    if (error) {
      await db.destroy()
      throw new AppError(
        'migration_failed',
        `database "${path}" could not be migrated: ${getMessage(error)}`,
        { cause: error },
      )
    }
    return new SqliteStore(db)
  }

  async saveArticle({ record, dates }: AnalysedArticle): Promise<SaveResult> {
    const contentHash = hashBody(record.body)
    return this.#db.transaction().execute(async (trx) => {
      const urls = [record.url, record.canonicalUrl].filter((u): u is string => u !== null)
      let query = trx
        .selectFrom('articles')
        .select('id')
        .where((eb) => {
          const checks = [eb('content_hash', '=', contentHash), eb('id', '=', record.id)]
          if (urls.length > 0) {
            checks.push(eb('url', 'in', urls), eb('canonical_url', 'in', urls))
          }
          return eb.or(checks)
        })
      query = query.limit(1)
      const existing = await query.executeTakeFirst()
      if (existing) {
        return { id: existing.id, status: 'exists' }
      }
      const fingerprint = simhash(record.body)
      const duplicateOf = fingerprint ? await this.#findOriginal(trx, fingerprint) : null
      const inserted = await trx
        .insertInto('articles')
        .values({
          id: record.id,
          url: record.url,
          canonical_url: record.canonicalUrl,
          content_hash: contentHash,
          source_name: record.source.name,
          source_domain: record.source.domain,
          title: record.title,
          byline: record.byline,
          published: record.published,
          language: record.language,
          body: record.body,
          record: JSON.stringify(record),
          dates: JSON.stringify(dates),
          ingested_at: new Date().toISOString(),
          simhash: fingerprint,
          duplicate_of: duplicateOf,
        })
        .returning('seq')
        .executeTakeFirstOrThrow()
      await sql`INSERT INTO articles_fts(rowid, title, body) VALUES (${inserted.seq}, ${record.title}, ${record.body})`.execute(
        trx,
      )
      await this.#saveActors(trx, record)
      if (fingerprint) {
        await trx
          .insertInto('article_bands')
          .values(simhashBands(fingerprint).map((band) => ({ band, article_id: record.id })))
          .execute()
      }
      return duplicateOf
        ? { id: record.id, status: 'duplicate', duplicateOf }
        : { id: record.id, status: 'inserted' }
    })
  }

  /** The earliest stored original within MAX_DISTANCE bits, found through shared bands. */
  async #findOriginal(trx: Kysely<Database>, fingerprint: string): Promise<string | null> {
    const candidates = await trx
      .selectFrom('article_bands')
      .innerJoin('articles', 'articles.id', 'article_bands.article_id')
      .select(['articles.id', 'articles.simhash', 'articles.duplicate_of'])
      .where('article_bands.band', 'in', simhashBands(fingerprint))
      .distinct()
      .orderBy('articles.seq')
      .execute()
    const match = candidates.find(
      (c) => c.simhash !== null && hammingDistance(c.simhash, fingerprint) <= MAX_DISTANCE,
    )
    return match ? (match.duplicate_of ?? match.id) : null
  }

  async #saveActors(trx: Kysely<Database>, record: ArticleRecord): Promise<void> {
    for (const actor of record.actors) {
      await trx
        .insertInto('article_actors')
        .values({ article_id: record.id, actor_id: actor.id })
        .onConflict((oc) => oc.doNothing())
        .execute()
      await trx
        .insertInto('actors')
        .values({
          id: actor.id,
          name: actor.name,
          kind: actor.kind,
          country: actor.country,
          cameo: actor.cameo,
          role: actor.role,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute()
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await this.#db
      .selectFrom('articles')
      .select(['record', 'dates', 'duplicate_of'])
      .where('id', '=', id)
      .executeTakeFirst()
    return row
      ? {
          record: JSON.parse(row.record) as ArticleRecord,
          dates: JSON.parse(row.dates) as StoredArticle['dates'],
          duplicateOf: row.duplicate_of,
        }
      : null
  }

  async listArticles(page: PageRequest): Promise<Page<ArticleSummary>> {
    const [rows, total] = await Promise.all([
      this.#db
        .selectFrom('articles')
        .select(SUMMARY_COLUMNS)
        .where('duplicate_of', 'is', null)
        .orderBy('published', 'desc')
        .orderBy('seq', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.#db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('duplicate_of', 'is', null)
        .executeTakeFirst()
        .then((row) => Number(row?.n ?? 0)),
    ])
    return { total, items: rows.map(toSummary) }
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    const match = toFtsQuery(query.q)
    const totalRow = await sql<{
      n: number | string
    }>`SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ${match} AND a.duplicate_of IS NULL`.execute(this.#db)
    const rows = await sql<SummaryRow & { snippet: string }>`
      SELECT a.id, a.title, a.url, a.source_name, a.source_domain, a.byline, a.published, a.language, a.body,
             snippet(articles_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}, '…', 24) AS snippet
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ${match} AND a.duplicate_of IS NULL
      ORDER BY bm25(articles_fts, 5.0, 1.0), a.published DESC
      LIMIT ${query.limit} OFFSET ${query.offset}`.execute(this.#db)
    return {
      total: Number(totalRow.rows[0]?.n ?? 0),
      items: rows.rows.map((row) => ({ ...toSummary(row), snippet: snippetSegments(row.snippet) })),
    }
  }

  async articlesByActor(actorId: string, page: PageRequest): Promise<Page<ArticleSummary>> {
    const base = this.#db
      .selectFrom('articles')
      .innerJoin('article_actors', 'article_actors.article_id', 'articles.id')
      .where('article_actors.actor_id', '=', actorId)
    const [rows, count] = await Promise.all([
      base
        .select(SUMMARY_COLUMNS.map((c) => `articles.${c}` as const))
        .orderBy('articles.published', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    ])
    return { total: Number(count?.n ?? 0), items: rows.map(toSummary) }
  }

  async getActor(id: string): Promise<RecordActor | null> {
    const row = await this.#db
      .selectFrom('actors')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? { ...row, kind: row.kind as RecordActor['kind'] } : null
  }

  async countArticles(): Promise<number> {
    const row = await this.#db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }

  async *exportRecords(): AsyncIterable<ArticleRecord> {
    // Keyset paging keeps memory flat however large the archive is.
    let after = 0
    for (;;) {
      const rows = await this.#db
        .selectFrom('articles')
        .select(['seq', 'record'])
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(500)
        .execute()
      for (const row of rows) {
        yield JSON.parse(row.record) as ArticleRecord
      }
      const last = rows[rows.length - 1]
      if (!last) {
        return
      }
      after = last.seq
    }
  }

  async close(): Promise<void> {
    await this.#db.destroy()
  }
}

function hashBody(body: string): string {
  return createHash('sha256').update(body.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex')
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: { name: row.source_name, domain: row.source_domain },
    byline: row.byline,
    published: row.published,
    language: row.language,
    excerpt: excerpt(row.body),
  }
}

function excerpt(body: string, length = 240): string {
  if (body.length <= length) {
    return body
  }
  const cut = body.slice(0, length)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : length)}…`
}
