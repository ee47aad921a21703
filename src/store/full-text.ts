import { sql, type Kysely } from 'kysely'
import type { StoreDialect } from './dialect.ts'
import { HIT_CLOSE, HIT_OPEN, toFtsQuery, toTsQuery } from './fts-query.ts'
import type { ArticlesTable, Database } from './schema.ts'

/** The article columns a search result needs, and its snippet with hits marked. */
export type SearchRow = Pick<
  ArticlesTable,
  | 'id'
  | 'title'
  | 'url'
  | 'source_name'
  | 'source_domain'
  | 'byline'
  | 'published'
  | 'language'
  | 'body'
> & {
  snippet: string
}

/** The dialect-specific part of the store: keeping the index and querying it. */
export interface FullText {
  index(db: Kysely<Database>, seq: number, title: string, body: string): Promise<void>
  count(db: Kysely<Database>, query: string): Promise<number>
  search(db: Kysely<Database>, query: string, limit: number, offset: number): Promise<SearchRow[]>
  /** Ids of the originals stored after `afterSeq` that match, oldest first (for alerts). */
  matchAfter(db: Kysely<Database>, query: string, afterSeq: number): Promise<string[]>
}

const COLUMNS = sql`a.id, a.title, a.url, a.source_name, a.source_domain, a.byline, a.published, a.language, a.body`

/** FTS5 with bm25 ranking (title weighted 5:1) and FTS5 snippets. */
const sqliteFullText: FullText = {
  async index(db, seq, title, body) {
    await sql`INSERT INTO articles_fts(rowid, title, body) VALUES (${seq}, ${title}, ${body})`.execute(
      db,
    )
  },
  async count(db, query) {
    const result = await sql<{
      n: number | string
    }>`SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ${toFtsQuery(query)} AND a.duplicate_of IS NULL`.execute(db)
    return Number(result.rows[0]?.n ?? 0)
  },
  async search(db, query, limit, offset) {
    const result =
      await sql<SearchRow>`SELECT ${COLUMNS}, snippet(articles_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}, '…', 24) AS snippet
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ${toFtsQuery(query)} AND a.duplicate_of IS NULL
      ORDER BY bm25(articles_fts, 5.0, 1.0), a.published DESC
      LIMIT ${limit} OFFSET ${offset}`.execute(db)
    return result.rows
  },
  async matchAfter(db, query, afterSeq) {
    const result = await sql<{
      id: string
    }>`SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ${toFtsQuery(query)} AND a.seq > ${afterSeq} AND a.duplicate_of IS NULL ORDER BY a.seq`.execute(
      db,
    )
    return result.rows.map((row) => row.id)
  },
}

/** tsvector with ts_rank ranking and ts_headline snippets. */
const postgresFullText: FullText = {
  async index(db, seq, title, body) {
    await sql`UPDATE articles SET tsv = setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'D') WHERE seq = ${seq}`.execute(
      db,
    )
  },
  async count(db, query) {
    const result = await sql<{ n: number | string }>`SELECT count(*) AS n FROM articles a
      WHERE a.tsv @@ to_tsquery('simple', ${toTsQuery(query)}) AND a.duplicate_of IS NULL`.execute(
      db,
    )
    return Number(result.rows[0]?.n ?? 0)
  },
  async search(db, query, limit, offset) {
    const options = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=" … ", MaxFragments=2`
    const result =
      await sql<SearchRow>`SELECT ${COLUMNS}, ts_headline('simple', a.body, q, ${options}) AS snippet
      FROM articles a, to_tsquery('simple', ${toTsQuery(query)}) q
      WHERE a.tsv @@ q AND a.duplicate_of IS NULL
      ORDER BY ts_rank(a.tsv, q) DESC, a.published DESC
      LIMIT ${limit} OFFSET ${offset}`.execute(db)
    return result.rows
  },
  async matchAfter(db, query, afterSeq) {
    const result = await sql<{ id: string }>`SELECT a.id FROM articles a
      WHERE a.tsv @@ to_tsquery('simple', ${toTsQuery(query)}) AND a.seq > ${afterSeq} AND a.duplicate_of IS NULL ORDER BY a.seq`.execute(
      db,
    )
    return result.rows.map((row) => row.id)
  },
}

/** The full-text implementation for a dialect. */
export function fullTextFor(dialect: StoreDialect): FullText {
  return dialect === 'postgres' ? postgresFullText : sqliteFullText
}
