import type { ReactNode } from 'react'
import type { ArticleSummary } from '../api/types'
import { ArticleCard } from './article-card'

/** Props of {@link ArticleList}. */
export interface ArticleListProps<T extends ArticleSummary> {
  items: readonly T[]
  /** Shown instead of the list when it is empty. */
  empty: ReactNode
  /** The text under each title; the excerpt when omitted. */
  renderText?: (item: T) => ReactNode
  /** Level of the titles' headings (default 2). */
  level?: 2 | 3
}

/** A list of article cards, or the `empty` message. */
export function ArticleList<T extends ArticleSummary>({
  items,
  empty,
  renderText,
  level = 2,
}: ArticleListProps<T>) {
  if (items.length === 0) {
    return <p className="empty">{empty}</p>
  }
  return (
    <ol className="article-list">
      {items.map((item) => (
        <li key={item.id}>
          <ArticleCard article={item} level={level}>
            {renderText?.(item)}
          </ArticleCard>
        </li>
      ))}
    </ol>
  )
}
