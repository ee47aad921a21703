import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { ApiError } from '../api/api-error'
import {
  getArticle,
  getRelatedArticles,
  getResponses,
  getStory,
  RELATED_LIMIT,
  type RequestOptions,
} from '../api/client'
import type { ArticleRecord, RelatedArticle, Story, ThreadStatement } from '../api/types'
import { ArticleList } from '../components/article-list'
import { ThreadStatementItem } from '../components/thread-statement'
import { useEffect } from 'react'
import { useLocation } from 'react-router'
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
  /** The story it belongs to and the answers other articles gave; null when they failed. */
  story: Story | null
  responses: ThreadStatement[] | null
}

/** Loads the Article Record of `/articles/:id` and, in parallel, its related articles. */
export async function articleLoader({ params, request }: LoaderFunctionArgs): Promise<ArticleData> {
  const id = params.id ?? ''
  const options = { signal: request.signal }
  const [record, related, story, responses] = await Promise.all([
    getArticle(id, options),
    loadRelated(id, options),
    optional(getStory(id, options)),
    optional(getResponses(id, options)),
  ])
  return { record, related, story, responses }
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

/** A secondary part of the page: null when the API failed, so it cannot take the page down. */
async function optional<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request
  } catch (e: unknown) {
    if (e instanceof ApiError) {
      return null
    }
    throw e
  }
}

/** Scrolls to and focuses the mark a `#span-START-END` link points at (from the dyad page). */
function useSpanTarget(): void {
  const { hash } = useLocation()
  useEffect(() => {
    const match = /^#span-(\d+)-(\d+)$/.exec(hash)
    if (!match) {
      return
    }
    const mark = document.querySelector<HTMLElement>(
      `.article-body [data-kind="event"][data-start="${match[1] ?? ''}"]`,
    )
    if (mark) {
      mark.classList.add('ann-target')
      mark.scrollIntoView({ block: 'center' })
    }
  }, [hash])
}

/** `/articles/:id`: the clean text with its annotations marked, the side panel, "See Also". */
export function ArticleRoute() {
  const { record, related, story, responses } = useLoaderData<ArticleData>()
  useDocumentTitle(record.title)
  useSpanTarget()
  const others = story?.articles.filter((a) => a.id !== record.id) ?? []
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
        {others.length > 0 && story ? (
          <section className="story" aria-labelledby="story-title">
            <h2 id="story-title">The story</h2>
            <p className="muted">
              {story.title} — told by {story.outlets.join(', ')}
            </p>
            <ArticleList items={others} empty={null} level={3} />
          </section>
        ) : null}
        <SeeAlso items={related} actors={record.actors} />
      </div>
      <div className="article-side">
        <ArticlePanel record={record} />
        {responses && responses.length > 0 ? (
          <section className="panel-section panel-responses" aria-labelledby="panel-responses">
            <h2 id="panel-responses">
              Responses elsewhere <span className="count">{responses.length}</span>
            </h2>
            <ul className="panel-list">
              {responses.map((r) => (
                <li key={r.id}>
                  <ThreadStatementItem statement={r} lead="Answer by" />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  )
}
