import { Outlet, ScrollRestoration, useNavigation } from 'react-router'
import { SiteHeader } from './site-header'

/** The frame of every page: skip link, header, progress indicator, the page, footer. */
export function RootLayout() {
  const navigation = useNavigation()
  const busy = navigation.state !== 'idle'
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <div className={busy ? 'progress progress-active' : 'progress'} role="status">
        {busy ? <span className="visually-hidden">Loading…</span> : null}
      </div>
      <main id="main" className="page" tabIndex={-1} aria-busy={busy}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Watchdesk — a monitoring desk for political news from the South Caucasus.</p>
      </footer>
      <ScrollRestoration />
    </>
  )
}
