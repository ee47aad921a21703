import { sql, type Kysely } from 'kysely'
import type { ArticleSummary } from '../core/article-summary.ts'
import { chunks } from './batch-writes.ts'
import { markedSnippet, snippetSegments } from './fts-query.ts'
import { readTags } from './index-tags.ts'
import type { FullText, MatchClause } from './full-text.ts'
import type { SummaryRow } from './related-queries.ts'
import type { SearchResults } from './store.ts'
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

/** Full-text search with filters, sorted by relevance or date, with facets over the newest matches. */
export async function searchArticles(
  db: Kysely<Database>,
  fullText: FullText,
  q: string,
  filters: SearchFilters,
  page: { limit: number; offset: number; sort: 'relevance' | 'date' },
  toSummary: (row: SummaryRow) => ArticleSummary,
): Promise<SearchResults> {
  const match = fullText.match(q, filters)
  const [total, rows, facets] = await Promise.all([
    fullText.count(db, match),
    pageRows(db, match, q, page),
    facetsOfNewest(db, match),
  ])
  const { actors, countries, eventRoots, sources, languages } = facets
  return {
    total,
    items: rows.map((row) => ({ ...toSummary(row), snippet: snippetSegments(row.snippet) })),
    facets: { actors, countries, eventRoots, sources, languages },
    facetsOver: Math.min(total, FACET_SAMPLE),
    rankedOver: page.sort === 'relevance' ? Math.min(total, match.rankWindow) : total,
  }
}

type PageRow = SummaryRow & { snippet: string }

const SUMMARY_COLUMNS = sql`a.id, a.title, a.url, a.source_name, a.source_domain, a.byline, a.published, a.language, a.body`

/**
 * The page's rows with their snippets. By relevance, the page is picked first over the ranked
 * index and only its rows are read: sorting every match with its row, body and snippet made a
 * search of a common word take a third of a second at 100,000 articles. By date, every match is
 * sorted.
 */
async function pageRows(
  db: Kysely<Database>,
  match: MatchClause,
  q: string,
  page: { limit: number; offset: number; sort: 'relevance' | 'date' },
): Promise<PageRow[]> {
  if (page.sort === 'date') {
    const rows = await sql<PageRow>`
      SELECT ${SUMMARY_COLUMNS}, ${match.snippet} AS snippet FROM ${match.from}
      WHERE ${match.where} ORDER BY a.published DESC, a.seq DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db)
    return rows.rows
  }
  const ranked = (
    await sql<{ seq: number | string }>`
      SELECT ranked.seq FROM (${match.rankedIndex(page.offset + page.limit)}) AS ranked
      JOIN articles a ON a.seq = ranked.seq
      ORDER BY ranked.score, a.published DESC, a.seq DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db)
  ).rows.map((row) => Number(row.seq))
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

/**
 * Facet counts over the newest {@link FACET_SAMPLE} matches, read from their index tags
 * (index-tags.ts) alone, in the one query that finds them; the names of the actors and outlets
 * counted most are read after (the rows of 2,000 matches cost most of a search, and at a
 * million articles they are rarely in the cache). The matches are picked in the index before
 * their tags are looked up, one by one: joined first, PostgreSQL read every article's tags.
 */
async function facetsOfNewest(db: Kysely<Database>, match: MatchClause): Promise<SearchFacets> {
  const hits = await sql<{ seq: number | string; tags: string | null }>`
    SELECT h.seq, (SELECT t.tags FROM article_index_tags t WHERE t.seq = h.seq) AS tags
    FROM (
      SELECT ${match.indexSeq} AS seq FROM ${match.fromIndexOnly}
      WHERE ${match.where} ORDER BY ${match.newest} LIMIT ${FACET_SAMPLE}
    ) AS h`.execute(db)
  const actors = new Tally()
  const countries = new Tally()
  const eventRoots = new Tally()
  const sources = new Tally()
  const languages = new Tally()
  for (const hit of hits.rows) {
    const seq = Number(hit.seq)
    const tagged = readTags(hit.tags)
    tagged.actors.forEach((actor) => {
      actors.add(actor, seq)
    })
    tagged.countries.forEach((country) => {
      countries.add(country, seq)
    })
    tagged.eventRoots.forEach((root) => {
      eventRoots.add(root, seq)
    })
    tagged.sources.forEach((domain) => {
      sources.add(domain, seq)
    })
    tagged.languages.forEach((language) => {
      languages.add(language, seq)
    })
  }
  return {
    actors: await actorFacet(db, actors),
    countries: countries.top(),
    eventRoots: eventRoots.top(),
    sources: await sourceFacet(db, sources),
    languages: languages.top(),
  }
}

/** The actor facet: the most mentioned actors that are not countries, by their names. */
async function actorFacet(db: Kysely<Database>, tally: Tally): Promise<FacetValue[]> {
  const ids = tally.values()
  if (ids.length === 0) {
    return []
  }
  const known = new Map<string, { name: string; kind: string }>()
  for (const rows of chunks(ids, 1)) {
    for (const row of await db
      .selectFrom('actors')
      .select(['id', 'name', 'kind'])
      .where('id', 'in', rows)
      .execute()) {
      known.set(row.id, row)
    }
  }
  return tally
    .top((id) => known.has(id) && known.get(id)!.kind !== 'country')
    .map((value) => ({ ...value, label: known.get(value.value)!.name }))
}

/**
 * The outlet facet: the domains most matches come from, each labelled with the outlet's name
 * as one of its matches gives it (the domain when none does).
 */
async function sourceFacet(db: Kysely<Database>, tally: Tally): Promise<FacetValue[]> {
  const top = tally.top()
  if (top.length === 0) {
    return []
  }
  const names = new Map(
    (
      await db
        .selectFrom('articles')
        .select(['seq', 'source_name'])
        .where(
          'seq',
          'in',
          top.map((value) => tally.sampleOf(value.value)),
        )
        .execute()
    ).map((row) => [row.seq, row.source_name]),
  )
  return top.map((value) => ({
    ...value,
    label: names.get(tally.sampleOf(value.value)) ?? value.value,
  }))
}

/** Distinct matches per facet value, and one of them to read the value's label from. */
class Tally {
  readonly #values = new Map<string, { articles: Set<number>; sample: number }>()

  add(value: string, seq: number): void {
    const entry = this.#values.get(value) ?? { articles: new Set<number>(), sample: seq }
    entry.articles.add(seq)
    this.#values.set(value, entry)
  }

  values(): string[] {
    return [...this.#values.keys()]
  }

  sampleOf(value: string): number {
    return this.#values.get(value)!.sample
  }

  /**
   * The FACET_SIZE values with most matches, ties by value, labelled with the value; of those
   * `keep` keeps, if given.
   */
  top(keep: (value: string) => boolean = () => true): FacetValue[] {
    return [...this.#values]
      .filter(([value]) => keep(value))
      .map(([value, { articles }]) => ({ value, label: value, count: articles.size }))
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
