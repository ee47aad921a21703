import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { StoreDialect } from './dialect.ts'
import { HIT_CLOSE, HIT_OPEN, toFtsQuery, toTsQuery } from './fts-query.ts'
import type { Database } from './schema.ts'

/**
 * A full-text match as SQL fragments over `articles a`: what to select FROM, the match
 * condition, a rank to sort by (lower is better) and a snippet with hits between HIT_OPEN and
 * HIT_CLOSE. Search, counts, facets and alerts compose their queries from it.
 */
export interface MatchClause {
  from: RawBuilder<unknown>
  where: RawBuilder<unknown>
  rank: RawBuilder<unknown>
  snippet: RawBuilder<string>
}

/** The dialect-specific part of the store: keeping the index and matching against it. */
export interface FullText {
  index(db: Kysely<Database>, seq: number, title: string, body: string): Promise<void>
  match(query: string): MatchClause
}

/** FTS5 with bm25 ranking (title weighted 5:1) and FTS5 snippets. */
const sqliteFullText: FullText = {
  async index(db, seq, title, body) {
    await sql`INSERT INTO articles_fts(rowid, title, body) VALUES (${seq}, ${title}, ${body})`.execute(
      db,
    )
  },
  match(query) {
    return {
      from: sql`articles_fts JOIN articles a ON a.seq = articles_fts.rowid`,
      where: sql`articles_fts MATCH ${toFtsQuery(query)}`,
      rank: sql`bm25(articles_fts, 5.0, 1.0)`,
      snippet: sql<string>`snippet(articles_fts, 1, ${HIT_OPEN}, ${HIT_CLOSE}, '…', 24)`,
    }
  },
}

const HEADLINE = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=" … ", MaxFragments=2`

/** A weighted tsvector with ts_rank ranking and ts_headline snippets. */
const postgresFullText: FullText = {
  async index(db, seq, title, body) {
    await sql`UPDATE articles SET tsv = setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'D') WHERE seq = ${seq}`.execute(
      db,
    )
  },
  match(query) {
    return {
      from: sql`articles a CROSS JOIN to_tsquery('simple', ${toTsQuery(query)}) q`,
      where: sql`a.tsv @@ q`,
      rank: sql`-ts_rank(a.tsv, q)`,
      snippet: sql<string>`ts_headline('simple', a.body, q, ${HEADLINE})`,
    }
  },
}

/** The full-text implementation for a dialect. */
export function fullTextFor(dialect: StoreDialect): FullText {
  return dialect === 'postgres' ? postgresFullText : sqliteFullText
}
