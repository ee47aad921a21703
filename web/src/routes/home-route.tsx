import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { listArticles } from '../api/client'
import type { ArticleSummary, Page } from '../api/types'
import { ArticleList } from '../components/article-list'
import { Pager } from '../components/pager'
import { plural } from '../lib/format'
import { PAGE_SIZE, pageParams, readPage } from '../lib/paging'
import { useDocumentTitle } from '../lib/use-document-title'

/** What the home page shows. */
export interface HomeData {
  page: number
  articles: Page<ArticleSummary>
}

/** Loads one page of the latest articles (`/?page=2`). */
export async function homeLoader({ request }: LoaderFunctionArgs): Promise<HomeData> {
  const page = readPage(new URL(request.url).searchParams)
  const articles = await listArticles(pageParams(page), { signal: request.signal })
  return { page, articles }
}

/** `/`: the latest articles, newest first, paged. */
export function HomeRoute() {
  const { page, articles } = useLoaderData<HomeData>()
  useDocumentTitle(page > 1 ? `Latest articles, page ${String(page)}` : null)
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Latest articles</h1>
      <p className="list-summary">{plural(articles.total, 'article')} in the desk</p>
      <ArticleList items={articles.items} empty="No articles on this page." />
      <Pager
        page={page}
        total={articles.total}
        pageSize={PAGE_SIZE}
        label="Pages of the latest articles"
        previousText="Newer"
        nextText="Older"
      />
    </section>
  )
}
