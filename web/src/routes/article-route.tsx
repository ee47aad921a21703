import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getArticle } from '../api/client'
import type { ArticleRecord } from '../api/types'
import { AnnotatedBody } from '../components/annotated-body'
import { ArticleMeta } from '../components/article-meta'
import { ArticlePanel } from '../components/article-panel'
import { MarkLegend } from '../components/mark-legend'
import { useDocumentTitle } from '../lib/use-document-title'

/** Loads the Article Record of `/articles/:id`. */
export async function articleLoader({
  params,
  request,
}: LoaderFunctionArgs): Promise<ArticleRecord> {
  return getArticle(params.id ?? '', { signal: request.signal })
}

/** `/articles/:id`: the clean text with its annotations marked, and the side panel. */
export function ArticleRoute() {
  const record = useLoaderData<ArticleRecord>()
  useDocumentTitle(record.title)
  return (
    <div className="article-layout">
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
      <ArticlePanel record={record} />
    </div>
  )
}
