import { Link, useLocation, useSearchParams } from 'react-router'
import { pageCount, pageSearch } from '../lib/paging'

/** Props of {@link Pager}. */
export interface PagerProps {
  /** Current page, 1-based. */
  page: number
  total: number
  pageSize: number
  /** Accessible name of the navigation, e.g. "Pages of search results". */
  label: string
  /** Link text towards page 1 ("Newer", "Previous"). */
  previousText: string
  /** Link text towards the last page ("Older", "Next"). */
  nextText: string
}

/** Previous/next links for a list whose page is kept in the URL (`?page=`). */
export function Pager({ page, total, pageSize, label, previousText, nextText }: PagerProps) {
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  const pages = pageCount(total, pageSize)
  if (pages <= 1 && page <= 1) {
    return null
  }
  const to = (target: number) => ({ pathname, search: pageSearch(params, target) })
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <Link to={to(Math.min(page - 1, pages))} rel="prev">
          ← {previousText}
        </Link>
      ) : (
        <span aria-disabled="true" className="pager-disabled">
          ← {previousText}
        </span>
      )}
      <span className="pager-status">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link to={to(page + 1)} rel="next">
          {nextText} →
        </Link>
      ) : (
        <span aria-disabled="true" className="pager-disabled">
          {nextText} →
        </span>
      )}
    </nav>
  )
}
