import { Link, NavLink, useLocation, useSearchParams } from 'react-router'
import { isEditor, useSession } from '../lib/session'
import { SearchForm } from './search-form'
import { StaffMenu } from './staff-menu'

/** The header on every page: the desk's name (a link home), the main navigation, the search box. */
export function SiteHeader() {
  const { pathname } = useLocation()
  const [params] = useSearchParams()
  const query = pathname === '/search' ? (params.get('q') ?? '') : ''
  const user = useSession()
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          Watchdesk
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              {/* NavLink marks the current page with aria-current="page". */}
              <NavLink to="/dyads/ARM-AZE">Dyads</NavLink>
            </li>
            <li>
              <NavLink to="/network">Network</NavLink>
            </li>
            <li>
              <NavLink to="/orgs/CSTO">CSTO</NavLink>
            </li>
            <li>
              <NavLink to="/sources">Sources</NavLink>
            </li>
            <li>
              <NavLink to="/export">Export</NavLink>
            </li>
            {/* Analysts never see applicants: the link is for editors and admins only. */}
            {isEditor(user) ? (
              <>
                <li>
                  <NavLink to="/posts">Posts</NavLink>
                </li>
                <li>
                  <NavLink to="/applications">Applications</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        {/* Remount on a new query so the box shows it, even after back/forward. */}
        <SearchForm key={query} query={query} />
        <StaffMenu />
      </div>
    </header>
  )
}
