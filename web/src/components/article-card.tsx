import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ArticleSummary } from '../api/types'
import { ArticleMeta } from './article-meta'

/** Props of {@link ArticleCard}. */
export interface ArticleCardProps {
  article: ArticleSummary
  /** The text under the title; the article's excerpt when omitted. */
  children?: ReactNode
  /** Level of the title's heading (default 2). */
  level?: 2 | 3
}

/** One article in a list: title linking to the article page, outlet, date, excerpt. */
export function ArticleCard({ article, children, level = 2 }: ArticleCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <article className="article-card" lang={article.language || undefined}>
      <Heading className="article-card-title">
        <Link to={`/articles/${encodeURIComponent(article.id)}`}>{article.title}</Link>
      </Heading>
      <ArticleMeta article={article} />
      {children ?? (article.excerpt ? <p className="excerpt">{article.excerpt}</p> : null)}
    </article>
  )
}
