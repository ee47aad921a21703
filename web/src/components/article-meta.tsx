import type { ArticleSummary } from '../api/types'
import { formatDate, outletName } from '../lib/format'

/** Props of {@link ArticleMeta}. */
export interface ArticleMetaProps {
  article: Pick<ArticleSummary, 'source' | 'byline' | 'published'>
}

/** "Outlet · Byline · 28 Nov 2019" under an article's title. */
export function ArticleMeta({ article }: ArticleMetaProps) {
  return (
    <p className="meta">
      <span className="meta-outlet">{outletName(article.source)}</span>
      {article.byline ? <span className="meta-byline">{article.byline}</span> : null}
      {article.published ? (
        <time dateTime={article.published}>{formatDate(article.published)}</time>
      ) : null}
    </p>
  )
}
