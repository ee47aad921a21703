import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { ArticleSummary, SearchHit } from '../core/article-summary.ts'
import { markedSnippet, snippetSegments } from './fts-query.ts'
import type { FullText, MatchClause } from './full-text.ts'
import type { SummaryRow } from './related-queries.ts'
import type { Database } from './schema.ts'

/** Filters a search narrows by; every one is optional. */
export interface SearchFilters {
  actor?: string | undefined
  /** ISO3: articles mentioning an actor of this country. */
  country?: string | undefined
  /** CAMEO root of an event in the article. */
  eventRoot?: string | undefined
  /** Outlet domain. */
  source?: string | undefined
  language?: string | undefined
  /** Publication dates, `YYYY-MM-DD`, inclusive. */
  from?: string | undefined
  to?: string | undefined
}

/** A facet value and how many matching articles have it. */
export interface FacetValue {
  value: string
  label: string
  count: number
}

/** Counts of the matching articles by actor, country, event root, outlet and language. */
export interface SearchFacets {
  actors: FacetValue[]
  countries: FacetValue[]
  eventRoots: FacetValue[]
  sources: FacetValue[]
  languages: FacetValue[]
}

const FACET_SIZE = 12

/**
 * Facets count at most this many matches, the newest stored: counting every match of a common
 * word took seconds at 100,000 articles. Below it the counts are exact; `facetsOver` says how
 * many matches they cover.
 */
export const FACET_SAMPLE = 2_000

/**
 * The WHERE conditions of the filters, over `articles a`. Republished copies need no condition:
 * they are never put in the full-text index.
 */
export function filterConditions(filters: SearchFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = []
  if (filters.actor) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM article_actors fa WHERE fa.article_id = a.id AND fa.actor_id = ${filters.actor})`,
    )
  }
  if (filters.country) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM article_actors fc JOIN actors ac ON ac.id = fc.actor_id WHERE fc.article_id = a.id AND ac.country = ${filters.country})`,
    )
  }
  if (filters.eventRoot) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM article_events fe WHERE fe.article_id = a.id AND fe.root = ${filters.eventRoot})`,
    )
  }
  if (filters.source) {
    conditions.push(sql`a.source_domain = ${filters.source}`)
  }
  if (filters.language) {
    conditions.push(sql`a.language = ${filters.language}`)
  }
  if (filters.from) {
    conditions.push(sql`a.published >= ${filters.from}`)
  }
  if (filters.to) {
    conditions.push(sql`a.published <= ${`${filters.to}~`}`)
  }
  return conditions
}

/** Full-text search with filters, sorted by relevance or date, with facets over all matches. */
export async function searchArticles(
  db: Kysely<Database>,
  fullText: FullText,
  q: string,
  filters: SearchFilters,
  page: { limit: number; offset: number; sort: 'relevance' | 'date' },
  toSummary: (row: SummaryRow) => ArticleSummary,
): Promise<{ total: number; items: SearchHit[]; facets: SearchFacets; facetsOver: number }> {
  const match = fullText.match(q)
  const where = sql.join([match.where, ...filterConditions(filters)], sql` AND `)
  const order =
    page.sort === 'date' ? sql`a.published DESC, a.seq DESC` : sql`${match.rank}, a.published DESC`
  const unfiltered = Object.values(filters).every((v) => v === undefined)
  const [count, rows, facets] = await Promise.all([
    sql<{ n: number | string }>`SELECT count(*) AS n FROM ${
      unfiltered ? match.fromIndexOnly : match.from
    } WHERE ${where}`.execute(db),
    pageRows(db, match, q, where, order, filters, page),
    facetsOfNewest(db, match, where),
  ])
  const { actors, countries, eventRoots, sources, languages } = facets
  const total = Number(count.rows[0]?.n ?? 0)
  return {
    total,
    items: rows.map((row) => ({ ...toSummary(row), snippet: snippetSegments(row.snippet) })),
    facets: { actors, countries, eventRoots, sources, languages },
    facetsOver: Math.min(total, FACET_SAMPLE),
  }
}

type PageRow = SummaryRow & { snippet: string }

const SUMMARY_COLUMNS = sql`a.id, a.title, a.url, a.source_name, a.source_domain, a.byline, a.published, a.language, a.body`

/**
 * The page's rows with their snippets. By relevance, the page is picked first over the ranked
 * index ({@link pageByRank}) and only its rows are read: sorting every match with its row, body
 * and snippet made a filtered search of a common word take a third of a second at 100,000
 * articles. By date, or with filters too narrow for that, every filtered match is sorted.
 */
async function pageRows(
  db: Kysely<Database>,
  match: MatchClause,
  q: string,
  where: RawBuilder<unknown>,
  order: RawBuilder<unknown>,
  filters: SearchFilters,
  page: { limit: number; offset: number; sort: 'relevance' | 'date' },
): Promise<PageRow[]> {
  const ranked = page.sort === 'relevance' ? await pageByRank(db, match, filters, page) : null
  if (!ranked) {
    const rows = await sql<PageRow>`
      SELECT ${SUMMARY_COLUMNS}, ${match.snippet} AS snippet FROM ${match.from}
      WHERE ${where} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db)
    return rows.rows
  }
  if (ranked.length === 0) {
    return []
  }
  const seqs = sql.join(ranked)
  const rows = match.snippetFromBody
    ? (
        await sql<SummaryRow & { seq: number | string }>`
          SELECT a.seq, ${SUMMARY_COLUMNS} FROM articles a WHERE a.seq IN (${seqs})`.execute(db)
      ).rows.map((row) => ({ ...row, snippet: markedSnippet(row.body, q) }))
    : (
        await sql<PageRow & { seq: number | string }>`
          SELECT a.seq, ${SUMMARY_COLUMNS}, ${match.snippet} AS snippet FROM ${match.from}
          WHERE ${match.where} AND a.seq IN (${seqs})`.execute(db)
      ).rows
  const position = new Map(ranked.map((seq, i) => [seq, i]))
  return rows.sort((a, b) => position.get(Number(a.seq))! - position.get(Number(b.seq))!)
}

/** Candidates ranked over the index that a filtered page is first picked from. */
const FIRST_CANDIDATES = 500
/** Past this many candidates, the page is sorted over every filtered match instead. */
const MOST_CANDIDATES = 32_000

/**
 * The `seq`s of a page by relevance, best first, picked from the best matches ranked over the
 * index alone, which is cheap. With filters, the candidates grow eightfold until the page is full
 * or every match is a candidate; null when the filters are so narrow that the candidates outgrow
 * {@link MOST_CANDIDATES}, or when the dialect ranks no cheaper over the index than over the
 * filtered matches ({@link MatchClause.filtersAfterRanking}).
 */
async function pageByRank(
  db: Kysely<Database>,
  match: MatchClause,
  filters: SearchFilters,
  page: { limit: number; offset: number },
): Promise<number[] | null> {
  const conditions = filterConditions(filters)
  if (conditions.length > 0 && !match.filtersAfterRanking) {
    return null
  }
  const wanted = page.offset + page.limit
  const total =
    conditions.length === 0
      ? wanted
      : Number(
          (
            await sql<{ n: number | string }>`
              SELECT count(*) AS n FROM ${match.fromIndexOnly} WHERE ${match.where}`.execute(db)
          ).rows[0]?.n ?? 0,
        )
  let candidates = conditions.length === 0 ? wanted : Math.max(FIRST_CANDIDATES, wanted * 4)
  const filtered = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``
  for (;;) {
    const result = await sql<{ seq: number | string }>`
      SELECT a.seq FROM (${match.rankedIndex(candidates)}) AS ranked
      JOIN articles a ON a.seq = ranked.seq ${filtered}
      ORDER BY ranked.score, a.published DESC, a.seq DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db)
    if (result.rows.length === page.limit || candidates >= total) {
      return result.rows.map((row) => Number(row.seq))
    }
    candidates *= 8
    if (candidates > MOST_CANDIDATES) {
      return null
    }
  }
}

/**
 * Facet counts over the newest {@link FACET_SAMPLE} matches: the matches read once, their actors
 * and event roots in one query each, and the counting done here (five grouped queries over the
 * sample cost several times more).
 */
async function facetsOfNewest(
  db: Kysely<Database>,
  match: MatchClause,
  where: RawBuilder<unknown>,
): Promise<SearchFacets> {
  const hits = await sql<{
    id: string
    source_domain: string | null
    source_name: string | null
    language: string
  }>`SELECT a.id, a.source_domain, a.source_name, a.language FROM ${match.from} WHERE ${where} ORDER BY ${match.newest} LIMIT ${FACET_SAMPLE}`.execute(
    db,
  )
  const ids = hits.rows.map((h) => h.id)
  if (ids.length === 0) {
    return { actors: [], countries: [], eventRoots: [], sources: [], languages: [] }
  }
  const [actorRows, rootRows] = await Promise.all([
    db
      .selectFrom('article_actors as x')
      .innerJoin('actors as y', 'y.id', 'x.actor_id')
      .select(['x.article_id', 'x.actor_id', 'y.name', 'y.kind', 'y.country'])
      .where('x.article_id', 'in', ids)
      .execute(),
    db
      .selectFrom('article_events')
      .select(['article_id', 'root'])
      .where('article_id', 'in', ids)
      .execute(),
  ])
  const actors = new Tally()
  const countries = new Tally()
  for (const row of actorRows) {
    if (row.kind !== 'country') {
      actors.add(row.actor_id, row.name, row.article_id)
    }
    if (row.country) {
      countries.add(row.country, row.country, row.article_id)
    }
  }
  const eventRoots = new Tally()
  for (const row of rootRows) {
    eventRoots.add(row.root, row.root, row.article_id)
  }
  const sources = new Tally()
  const languages = new Tally()
  for (const hit of hits.rows) {
    if (hit.source_domain) {
      sources.add(hit.source_domain, hit.source_name ?? hit.source_domain, hit.id)
    }
    languages.add(hit.language, hit.language, hit.id)
  }
  return {
    actors: actors.top(),
    countries: countries.top(),
    eventRoots: eventRoots.top(),
    sources: sources.top(),
    languages: languages.top(),
  }
}

/** Distinct articles per facet value. */
class Tally {
  readonly #values = new Map<string, { label: string; articles: Set<string> }>()

  add(value: string, label: string, article: string): void {
    const entry = this.#values.get(value) ?? { label, articles: new Set<string>() }
    entry.articles.add(article)
    this.#values.set(value, entry)
  }

  /** The FACET_SIZE values with most articles, ties by value. */
  top(): FacetValue[] {
    return [...this.#values]
      .map(([value, { label, articles }]) => ({ value, label, count: articles.size }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, FACET_SIZE)
  }
}

/** Ids of the originals stored after `afterSeq` that match a query, oldest first (alerts). */
export async function matchAfter(
  db: Kysely<Database>,
  fullText: FullText,
  q: string,
  afterSeq: number,
): Promise<string[]> {
  const match = fullText.match(q)
  const result = await sql<{
    id: string
  }>`SELECT a.id FROM ${match.from} WHERE ${match.where} AND a.seq > ${afterSeq} ORDER BY a.seq`.execute(
    db,
  )
  return result.rows.map((row) => row.id)
}
