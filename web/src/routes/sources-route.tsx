import { useMemo } from 'react'
import {
  Form,
  useActionData,
  useLoaderData,
  useNavigation,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router'
import { ApiError } from '../api/api-error'
import { getJson, listSources } from '../api/client'
import { sendJson } from '../api/send'
import { useSession } from '../lib/session'
import type { SourceList } from '../api/types'
import { RelativeTime } from '../components/relative-time'
import { SourceCard } from '../components/source-card'
import { SourcesEmpty } from '../components/sources-empty'
import { plural } from '../lib/format'
import { countWarnings, sortSources } from '../lib/sources'
import { formText } from '../lib/form'
import { useDocumentTitle } from '../lib/use-document-title'
import { useNow } from '../lib/use-now'

/** What `/api/health` says of the poller: is anything watching the sources? */
export interface PollerHealth {
  lastPollAt: string | null
  nextPollAt: string | null
  /** Sources waiting longer than their own interval: no watcher is running. */
  overdue: number
}

/** What the sources page shows. */
export interface SourcesData extends SourceList {
  poller: PollerHealth | null
}

/** Loads every watched source with its health, and the poller's (`/sources`). */
export async function sourcesLoader({ request }: LoaderFunctionArgs): Promise<SourcesData> {
  const options = { signal: request.signal }
  const [list, health] = await Promise.all([
    listSources(options),
    // The page is still useful without the poller's line.
    getJson('/api/health', options).catch(() => null),
  ])
  const poller = (health as { poller?: PollerHealth } | null)?.poller ?? null
  return { ...list, poller }
}

/** One line on the watcher: when it last polled, when it polls next, what is overdue. */
function PollerLine({ poller, now }: { poller: PollerHealth; now: number }) {
  return (
    <p className={poller.overdue > 0 ? 'source-warning' : 'muted'} data-kind="poller">
      {poller.overdue > 0 ? (
        <>
          <strong>Warning:</strong> {plural(poller.overdue, 'source')} overdue — is{' '}
          <code>watchdesk watch</code> running?{' '}
        </>
      ) : null}
      Last poll <RelativeTime value={poller.lastPollAt} now={now} empty="never" />; next due{' '}
      <RelativeTime value={poller.nextPollAt} now={now} empty="—" />.
    </p>
  )
}

/** What adding or removing a source came to, shown above the list. */
export interface SourcesActionResult {
  ok: boolean
  message: string
}

/** Intervals offered when adding a source, in seconds. */
export const POLL_INTERVALS = [
  { seconds: 300, label: '5 minutes' },
  { seconds: 900, label: '15 minutes' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 21_600, label: '6 hours' },
  { seconds: 86_400, label: '1 day' },
]

/** Adds (`intent=add`, `url`, `interval`) or removes (`intent=remove`, `id`) a source. */
export async function sourcesAction({ request }: ActionFunctionArgs): Promise<SourcesActionResult> {
  const form = await request.formData()
  const intent = formText(form, 'intent')
  try {
    if (intent === 'remove') {
      const id = formText(form, 'id')
      await sendJson('DELETE', `/api/sources/${encodeURIComponent(id)}`)
      return { ok: true, message: `Removed ${formText(form, 'url') || id}.` }
    }
    const url = formText(form, 'url').trim()
    await sendJson('POST', '/api/sources', {
      url,
      intervalSeconds: Number(formText(form, 'interval') || 900),
    })
    return { ok: true, message: `Now watching ${url}.` }
  } catch (error: unknown) {
    if (error instanceof ApiError) {
      const message = error.status === 401 ? 'Sign in to change the sources.' : error.message
      return { ok: false, message }
    }
    throw error
  }
}

/** The form that adds a source, for signed-in staff. */
function AddSourceForm() {
  const busy = useNavigation().state === 'submitting'
  return (
    <Form method="post" className="add-source" aria-labelledby="add-source-title">
      <h2 id="add-source-title">Watch a new source</h2>
      <input type="hidden" name="intent" value="add" />
      <label>
        Feed, sitemap or page URL
        <input type="url" name="url" required placeholder="https://example.org/feed.xml" />
      </label>
      <label>
        Poll every
        <select name="interval" defaultValue="900">
          {POLL_INTERVALS.map((i) => (
            <option key={i.seconds} value={i.seconds}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        Add source
      </button>
    </Form>
  )
}

/** `/sources`: every watched source and how it is doing, those with a warning first. */
export function SourcesRoute() {
  const { items, poller } = useLoaderData<SourcesData>()
  useDocumentTitle('Sources')
  const now = useNow()
  const sources = useMemo(() => sortSources(items), [items])
  const warnings = countWarnings(items)
  const user = useSession()
  const result = useActionData<SourcesActionResult>()
  return (
    <section className="sources-page" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="intro">
        The feeds, sitemaps and pages that <code>watchdesk watch</code> polls for new articles.
      </p>
      {result ? (
        <p className={result.ok ? 'form-note' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      ) : null}
      {poller && items.length > 0 ? <PollerLine poller={poller} now={now} /> : null}
      {user ? <AddSourceForm /> : null}
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
                {user ? (
                  <Form method="post" className="remove-source">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="id" value={source.id} />
                    <input type="hidden" name="url" value={source.url} />
                    <button type="submit" aria-label={`Stop watching ${source.url}`}>
                      Stop watching
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="muted">
            {user ? 'Add another above' : 'Sign in to add or remove one'}, or use{' '}
            <code>watchdesk sources add URL</code>. Hover over a time for the exact date (UTC).
          </p>
        </>
      )}
    </section>
  )
}
