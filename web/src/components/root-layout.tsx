import { useEffect, useRef } from 'react'
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router'
import { SiteHeader } from './site-header'

/** The frame of every page: skip link, header, progress indicator, the page, footer. */
export function RootLayout() {
  const navigation = useNavigation()
  const busy = navigation.state !== 'idle'
  const main = useFocusOnNavigation()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <div className={busy ? 'progress progress-active' : 'progress'} role="status">
        {busy ? <span className="visually-hidden">Loading…</span> : null}
      </div>
      <main id="main" ref={main} className="page" tabIndex={-1} aria-busy={busy}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Watchdesk — a monitoring desk for political news from the South Caucasus.</p>
      </footer>
      <ScrollRestoration />
    </>
  )
}

/**
 * Moves keyboard focus to the page's content after each client-side navigation (not on first
 * load), so keyboard and screen-reader users start on the new page rather than on a link that
 * no longer exists.
 */
function useFocusOnNavigation() {
  const { pathname, search } = useLocation()
  const main = useRef<HTMLElement>(null)
  const shown = useRef(`${pathname}${search}`)
  useEffect(() => {
    const current = `${pathname}${search}`
    if (shown.current === current) {
      return
    }
    shown.current = current
    main.current?.focus({ preventScroll: true })
  }, [pathname, search])
  return main
}
