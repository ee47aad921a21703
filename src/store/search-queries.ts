import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { ArticleSummary, SearchHit } from '../core/article-summary.ts'
import { snippetSegments } from './fts-query.ts'
import type { FullText } from './full-text.ts'
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

/** The WHERE conditions of the filters, over `articles a`. */
export function filterConditions(filters: SearchFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [sql`a.duplicate_of IS NULL`]
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
): Promise<{ total: number; items: SearchHit[]; facets: SearchFacets }> {
  const match = fullText.match(q)
  const where = sql.join([match.where, ...filterConditions(filters)], sql` AND `)
  const order =
    page.sort === 'date' ? sql`a.published DESC, a.seq DESC` : sql`${match.rank}, a.published DESC`
  const facet = async (
    select: RawBuilder<unknown>,
    join: RawBuilder<unknown>,
    group: RawBuilder<unknown>,
    extra: RawBuilder<unknown> = sql`1 = 1`,
  ): Promise<FacetValue[]> => {
    const result = await sql<{ value: string | null; label: string | null; n: number | string }>`
      SELECT ${select}, count(DISTINCT a.id) AS n FROM ${match.from} ${join} WHERE ${where} AND ${extra}
      GROUP BY ${group} ORDER BY n DESC LIMIT ${FACET_SIZE}`.execute(db)
    return result.rows
      .filter((r) => r.value !== null)
      .map((r) => ({ value: r.value!, label: r.label ?? r.value!, count: Number(r.n) }))
  }
  const [count, rows, actors, countries, eventRoots, sources, languages] = await Promise.all([
    sql<{ n: number | string }>`SELECT count(*) AS n FROM ${match.from} WHERE ${where}`.execute(db),
    sql<SummaryRow & { snippet: string }>`
      SELECT a.id, a.title, a.url, a.source_name, a.source_domain, a.byline, a.published, a.language, a.body, ${match.snippet} AS snippet
      FROM ${match.from} WHERE ${where} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`.execute(
      db,
    ),
    facet(
      sql`x.actor_id AS value, y.name AS label`,
      sql`JOIN article_actors x ON x.article_id = a.id JOIN actors y ON y.id = x.actor_id`,
      sql`x.actor_id, y.name`,
      sql`y.kind <> 'country'`,
    ),
    facet(
      sql`y.country AS value, y.country AS label`,
      sql`JOIN article_actors x ON x.article_id = a.id JOIN actors y ON y.id = x.actor_id`,
      sql`y.country`,
    ),
    facet(
      sql`e.root AS value, e.root AS label`,
      sql`JOIN article_events e ON e.article_id = a.id`,
      sql`e.root`,
    ),
    facet(
      sql`a.source_domain AS value, a.source_name AS label`,
      sql``,
      sql`a.source_domain, a.source_name`,
    ),
    facet(sql`a.language AS value, a.language AS label`, sql``, sql`a.language`),
  ])
  return {
    total: Number(count.rows[0]?.n ?? 0),
    items: rows.rows.map((row) => ({ ...toSummary(row), snippet: snippetSegments(row.snippet) })),
    facets: { actors, countries, eventRoots, sources, languages },
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
  }>`SELECT a.id FROM ${match.from} WHERE ${match.where} AND a.seq > ${afterSeq} AND a.duplicate_of IS NULL ORDER BY a.seq`.execute(
    db,
  )
  return result.rows.map((row) => row.id)
}
