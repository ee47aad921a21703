import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { searchArticles } from '../api/client'
import type { Page, SearchResult } from '../api/types'
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
  results: Page<SearchResult> | null
}

/** Runs the search in the URL (`/search?q=…&page=2`). */
export async function searchLoader({ request }: LoaderFunctionArgs): Promise<SearchData> {
  const params = new URL(request.url).searchParams
  const q = (params.get('q') ?? '').trim()
  const page = readPage(params)
  if (!q) {
    return { q, page, results: null }
  }
  const results = await searchArticles(q, pageParams(page), { signal: request.signal })
  return { q, page, results }
}

/** `/search?q=`: matching articles with their snippets, paged. */
export function SearchRoute() {
  const { q, page, results } = useLoaderData<SearchData>()
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
      </p>
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
    </section>
  )
}
