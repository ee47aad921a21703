import { useMemo } from 'react'
import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { listSources } from '../api/client'
import type { SourceList } from '../api/types'
import { SourceCard } from '../components/source-card'
import { SourcesEmpty } from '../components/sources-empty'
import { plural } from '../lib/format'
import { countWarnings, sortSources } from '../lib/sources'
import { useDocumentTitle } from '../lib/use-document-title'
import { useNow } from '../lib/use-now'

/** Loads every watched source with its health (`/sources`). */
export async function sourcesLoader({ request }: LoaderFunctionArgs): Promise<SourceList> {
  return listSources({ signal: request.signal })
}

/** `/sources`: every watched source and how it is doing, those with a warning first. */
export function SourcesRoute() {
  const { items } = useLoaderData<SourceList>()
  useDocumentTitle('Sources')
  const now = useNow()
  const sources = useMemo(() => sortSources(items), [items])
  const warnings = countWarnings(items)
  return (
    <section className="sources-page" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="intro">
        The feeds, sitemaps and pages that <code>watchdesk watch</code> polls for new articles.
      </p>
      {sources.length === 0 ? (
        <SourcesEmpty />
      ) : (
        <>
          <p className="list-summary">
            {plural(sources.length, 'source')} watched
            {warnings > 0 ? ` · ${plural(warnings, 'warning')}` : null}
          </p>
          <ul className="source-list">
            {sources.map((source) => (
              <li key={source.id}>
                <SourceCard source={source} now={now} />
              </li>
            ))}
          </ul>
          <p className="muted">
            Add another with <code>watchdesk sources add URL</code>. Hover over a time for the exact
            date (UTC).
          </p>
        </>
      )}
    </section>
  )
}
