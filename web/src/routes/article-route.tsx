import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { ApiError } from '../api/api-error'
import { getArticle, getRelatedArticles, RELATED_LIMIT, type RequestOptions } from '../api/client'
import type { ArticleRecord, RelatedArticle } from '../api/types'
import { AnnotatedBody } from '../components/annotated-body'
import { ArticleMeta } from '../components/article-meta'
import { ArticlePanel } from '../components/article-panel'
import { MarkLegend } from '../components/mark-legend'
import { SeeAlso } from '../components/see-also'
import { useDocumentTitle } from '../lib/use-document-title'

/** What the article page shows. */
export interface ArticleData {
  record: ArticleRecord
  /** "See Also", best first; `null` when it could not be loaded (the page still shows). */
  related: RelatedArticle[] | null
}

/** Loads the Article Record of `/articles/:id` and, in parallel, its related articles. */
export async function articleLoader({ params, request }: LoaderFunctionArgs): Promise<ArticleData> {
  const id = params.id ?? ''
  const options = { signal: request.signal }
  const [record, related] = await Promise.all([getArticle(id, options), loadRelated(id, options)])
  return { record, related }
}

/** The related articles, or `null` when the API failed: they must not take the page down. */
async function loadRelated(id: string, options: RequestOptions): Promise<RelatedArticle[] | null> {
  try {
    return (await getRelatedArticles(id, RELATED_LIMIT, options)).items
  } catch (e: unknown) {
    if (e instanceof ApiError) {
      return null
    }
    throw e
  }
}

/** `/articles/:id`: the clean text with its annotations marked, the side panel, "See Also". */
export function ArticleRoute() {
  const { record, related } = useLoaderData<ArticleData>()
  useDocumentTitle(record.title)
  return (
    <div className="article-layout">
      <div className="article-main">
        <article className="article" lang={record.language || undefined}>
          <header className="article-header">
            <h1>{record.title}</h1>
            <ArticleMeta article={record} />
            {record.url ? (
              <p className="original-link">
                <a href={record.url} rel="noopener noreferrer external" target="_blank">
                  Original article<span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </p>
            ) : null}
          </header>
          <MarkLegend />
          <AnnotatedBody record={record} />
        </article>
        <SeeAlso items={related} actors={record.actors} />
      </div>
      <ArticlePanel record={record} />
    </div>
  )
}
