import { Link } from 'react-router'
import { useDocumentTitle } from '../lib/use-document-title'

/** Any path the desk does not know. */
export function NotFoundRoute() {
  useDocumentTitle('Page not found')
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the latest articles</Link> or search from the box above.
      </p>
    </section>
  )
}
