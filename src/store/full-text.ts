import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { StoreDialect } from './dialect.ts'
import { HIT_CLOSE, HIT_OPEN, toFtsQuery, toTsQuery } from './fts-query.ts'
import { tagQuery, tagTsQuery } from './index-tags.ts'
import type { SearchFilters } from './search-queries.ts'
import type { Database } from './schema.ts'

/**
 * A full-text match, the filters included, as SQL fragments over `articles a`: what to select
 * FROM, the match condition, the best matches ranked, and a snippet with hits between HIT_OPEN
 * and HIT_CLOSE. Search, counts, facets and alerts compose their queries from it.
 */
export interface MatchClause {
  from: RawBuilder<unknown>
  /** The index alone, for counting matches. */
  fromIndexOnly: RawBuilder<unknown>
  /** An ORDER BY for the newest stored matches first that the index returns cheaply. */
  newest: RawBuilder<unknown>
  /** A match's `seq` in {@link fromIndexOnly}. */
  indexSeq: RawBuilder<unknown>
  /**
   * The `limit` best matches ranked over the index alone, as rows of `seq` and `score` (lower
   * is better): a search by relevance picks its page from them.
   */
  rankedIndex(limit: number): RawBuilder<unknown>
  /**
   * How many of the newest matches {@link rankedIndex} ranks. Scoring costs per match — FTS5
   * a tenth of a second per 200,000 matches of a common word, PostgreSQL a read of each
   * match's vector from TOAST — so relevance is the best among the newest matches; a narrower
   * query or filter reaches older ones, and a sort by date reaches every match.
   */
  rankWindow: number
  /**
   * Whether a page's snippets are made from its bodies ({@link markedSnippet}) rather than by
   * `snippet`: FTS5 makes one only by running the whole match again, a tenth of a second for a
   * common word at 100,000 articles; PostgreSQL's ts_headline reads the page's rows alone.
   */
  snippetFromBody: boolean
  where: RawBuilder<unknown>
  snippet: RawBuilder<string>
}

/** An article row to index: its `seq`, title, body and index tags. */
export interface IndexRow {
  seq: number
  title: string
  body: string
  tags: string
}

/**
 * The dialect-specific part of the store: keeping the index and matching against it. Republished
 * copies are never indexed, so matches need no check for them.
 */
export interface FullText {
  /** Writes the index entries of articles, once their rows are in. */
  index(db: Kysely<Database>, rows: readonly IndexRow[]): Promise<void>
  /** The match of a query, and of the filters where the index holds them. */
  match(query: string, filters?: SearchFilters): MatchClause
  /** How many articles a match matches. */
  count(db: Kysely<Database>, match: MatchClause): Promise<number>
}

async function countMatches(db: Kysely<Database>, match: MatchClause): Promise<number> {
  const { rows } = await sql<{
    n: number | string
  }>`SELECT count(*) AS n FROM ${match.fromIndexOnly} WHERE ${match.where}`.execute(db)
  return Number(rows[0]?.n ?? 0)
}

/** The newest matches an FTS5 search by relevance ranks (see {@link MatchClause.rankWindow}). */
export const RANK_WINDOW = 10_000

/**
 * FTS5 with bm25 ranking (title weighted 5:1, the tags not at all) and FTS5 snippets. The query
 * is matched in the title and body only, the filters in the tags.
 */
const sqliteFullText = (rankWindow: number): FullText => ({
  count: countMatches,
  async index(db, rows) {
    if (rows.length > 0) {
      const values = rows.map((row) => sql`(${row.seq}, ${row.title}, ${row.body}, ${row.tags})`)
      await sql`INSERT INTO articles_fts(rowid, title, body, index_tags) VALUES ${sql.join(values)}`.execute(
        db,
      )
    }
  },
  match(query, filters = {}) {
    const tags = tagQuery(filters)
    const words = `{title body} : (${toFtsQuery(query)})`
    const ftsQuery = tags ? `${words} AND ${tags}` : words
    return {
      from: sql`articles_fts JOIN articles a ON a.seq = articles_fts.rowid`,
      fromIndexOnly: sql`articles_fts`,
      newest: sql`articles_fts.rowid DESC`,
      indexSeq: sql`articles_fts.rowid`,
      rankedIndex: (limit) =>
        sql`SELECT seq, score FROM (
          SELECT rowid AS seq, bm25(articles_fts, 5.0, 1.0, 0.0) AS score FROM articles_fts
          WHERE articles_fts MATCH ${ftsQuery} ORDER BY rowid DESC LIMIT ${rankWindow}
        ) ORDER BY score LIMIT ${limit}`,
      rankWindow,
      snippetFromBody: true,
      where: sql`articles_fts MATCH ${ftsQuery}`,
      snippet: sql<string>`snippet(articles_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}, '…', 24)`,
    }
  },
})

const HEADLINE = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=" … ", MaxFragments=2`

/** The newest matches PostgreSQL ranks: ts_rank reads each match's vector from TOAST. */
export const POSTGRES_RANK_WINDOW = 2_000

/**
 * A weighted tsvector per original in `article_search` (076), ts_rank ranking and ts_headline
 * snippets. The index tags are lexemes of the same vector: a filter is one more term of the
 * tsquery, which the GIN index intersects. The rank reads the query's own words (`q`), the
 * match the words and the tags (`qf`).
 */
const postgresFullText = (rankWindow: number): FullText => ({
  // Counted from the GIN index's bitmap, the table scan ruled out: the planner prices @@ as
  // cheap, not knowing it reads each vector from TOAST, and for a word in most articles chose
  // to scan them all — 380 ms at 100,000 articles against 15 ms.
  count: (db, match) =>
    db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx)
      return countMatches(trx, match)
    }),
  async index(db, rows) {
    if (rows.length > 0) {
      const values = rows.map(
        (row) =>
          sql`(${row.seq}, setweight(to_tsvector('simple', ${row.title}), 'A') || setweight(to_tsvector('simple', ${row.body}), 'D') || to_tsvector('simple', ${row.tags}))`,
      )
      await sql`INSERT INTO article_search (seq, tsv) VALUES ${sql.join(values)}`.execute(db)
    }
  },
  match(query, filters = {}) {
    const words = toTsQuery(query)
    const tags = tagTsQuery(filters)
    const filtered = tags ? `(${words}) & ${tags}` : words
    const queries = sql`CROSS JOIN to_tsquery('simple', ${words}) q CROSS JOIN to_tsquery('simple', ${filtered}) qf`
    return {
      from: sql`article_search s JOIN articles a ON a.seq = s.seq ${queries}`,
      fromIndexOnly: sql`article_search s ${queries}`,
      newest: sql`s.seq DESC`,
      indexSeq: sql`s.seq`,
      rankedIndex: (limit) =>
        sql`SELECT r.seq, -ts_rank(r.tsv, to_tsquery('simple', ${words})) AS score FROM (
          SELECT seq, tsv FROM article_search WHERE tsv @@ to_tsquery('simple', ${filtered})
          ORDER BY seq DESC LIMIT ${rankWindow}
        ) r ORDER BY score LIMIT ${limit}`,
      rankWindow,
      snippetFromBody: true,
      where: sql`s.tsv @@ qf`,
      snippet: sql<string>`ts_headline('simple', a.body, q, ${HEADLINE})`,
    }
  },
})

/** The full-text implementation for a dialect; a test sets `rankWindow` low. */
export function fullTextFor(dialect: StoreDialect, rankWindow?: number): FullText {
  return dialect === 'postgres'
    ? postgresFullText(rankWindow ?? POSTGRES_RANK_WINDOW)
    : sqliteFullText(rankWindow ?? RANK_WINDOW)
}
