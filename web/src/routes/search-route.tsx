import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { searchWithFacets } from '../api/client'
import type { FacetValue, SearchPage } from '../api/types'
import { ArticleList } from '../components/article-list'
import { Pager } from '../components/pager'
import { Snippet } from '../components/snippet'
import { plural } from '../lib/format'
import { PAGE_SIZE, pageParams, readPage } from '../lib/paging'
import { useDocumentTitle } from '../lib/use-document-title'

/** What the search page shows; `results` is null when there is no query yet. */
export interface SearchData {
  q: string
  page: number
  results: SearchPage | null
  /** The URL's parameters: the query and its filters. */
  params: string
}

/** Runs the search in the URL (`/search?q=…&page=2`). */
export async function searchLoader({ request }: LoaderFunctionArgs): Promise<SearchData> {
  const params = new URL(request.url).searchParams
  const q = (params.get('q') ?? '').trim()
  const page = readPage(params)
  if (!q) {
    return { q, page, results: null, params: params.toString() }
  }
  const results = await searchWithFacets(params, pageParams(page), { signal: request.signal })
  return { q, page, results, params: params.toString() }
}

/** `/search?q=`: matching articles with their snippets, paged. */
export function SearchRoute() {
  const { q, page, results, params } = useLoaderData<SearchData>()
  const current = new URLSearchParams(params)
  useDocumentTitle(q ? `Search: ${q}` : 'Search')
  if (!results) {
    return (
      <section aria-labelledby="search-title">
        <h1 id="search-title">Search</h1>
        <p className="empty">
          Type words to look for in the box above: names, places, organisations, phrases.
        </p>
      </section>
    )
  }
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">
        Results for <q>{q}</q>
      </h1>
      <p className="list-summary" role="status">
        {plural(results.total, 'article')} found
        {results.rankedOver < results.total
          ? `; best matches among the newest ${results.rankedOver.toLocaleString('en')} (narrow the search or sort by date to reach older ones)`
          : ''}
        {results.facetsOver < results.total
          ? `; filter counts cover the newest ${results.facetsOver.toLocaleString('en')}`
          : ''}
      </p>
      <div className="search-layout">
        <aside className="facets" aria-label="Filters">
          <Form method="get" className="range-form">
            <input type="hidden" name="q" value={q} />
            {FACETS.map(({ param }) =>
              current.get(param) ? (
                <input key={param} type="hidden" name={param} value={current.get(param) ?? ''} />
              ) : null,
            )}
            <label>
              From <input type="date" name="from" defaultValue={current.get('from') ?? ''} />
            </label>
            <label>
              To <input type="date" name="to" defaultValue={current.get('to') ?? ''} />
            </label>
            <label>
              Sort{' '}
              <select name="sort" defaultValue={current.get('sort') ?? 'relevance'}>
                <option value="relevance">best match</option>
                <option value="date">newest</option>
              </select>
            </label>
            <button type="submit">Apply</button>
          </Form>
          {FACETS.map(({ param, key, title }) => (
            <FacetGroup
              key={param}
              title={title}
              param={param}
              values={results.facets[key]}
              current={current}
            />
          ))}
        </aside>
        <div className="search-results">
          <ArticleList
            items={results.items}
            empty={page > 1 ? 'No more results.' : 'No article matches this search.'}
            renderText={(item) => <Snippet segments={item.snippet} />}
          />
          <Pager
            page={page}
            total={results.total}
            pageSize={PAGE_SIZE}
            label="Pages of search results"
            previousText="Previous"
            nextText="Next"
          />
        </div>
      </div>
    </section>
  )
}

const FACETS = [
  { param: 'actor', key: 'actors', title: 'Actor' },
  { param: 'country', key: 'countries', title: 'Country' },
  { param: 'event', key: 'eventRoots', title: 'Event type' },
  { param: 'source', key: 'sources', title: 'Outlet' },
  { param: 'language', key: 'languages', title: 'Language' },
] as const

/** The URL with one filter set (or cleared when it is already set to that value), back to page 1. */
export function toggleFilter(current: URLSearchParams, param: string, value: string): string {
  const next = new URLSearchParams(current)
  next.delete('page')
  if (next.get(param) === value) {
    next.delete(param)
  } else {
    next.set(param, value)
  }
  return `/search?${next.toString()}`
}

function FacetGroup({
  title,
  param,
  values,
  current,
}: {
  title: string
  param: string
  values: FacetValue[]
  current: URLSearchParams
}) {
  if (values.length === 0) {
    return null
  }
  return (
    <section className="facet" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {values.map((v) => {
          const active = current.get(param) === v.value
          return (
            <li key={v.value}>
              <Link
                to={toggleFilter(current, param, v.value)}
                aria-current={active ? 'true' : undefined}
                className={active ? 'facet-active' : undefined}
              >
                {v.label}
                <span className="visually-hidden">
                  {active ? ' (filter on; select to remove)' : ''}
                </span>
              </Link>{' '}
              <span className="count">{v.count}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
