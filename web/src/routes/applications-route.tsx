import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getJson } from '../api/client'
import { useDocumentTitle } from '../lib/use-document-title'

/** An application as listed by `GET /api/applications`. */
export interface ApplicationSummary {
  id: string
  reference: string
  name: string
  email: string
  region: string
  beats: string[]
  status: string
  createdAt: string
}

/** Loads the applications, optionally of one status (`/applications?status=`). */
export async function applicationsLoader({
  request,
}: LoaderFunctionArgs): Promise<{ items: ApplicationSummary[]; status: string }> {
  const status = new URL(request.url).searchParams.get('status') ?? ''
  const query = status ? `?status=${encodeURIComponent(status)}` : ''
  const list = (await getJson(`/api/applications${query}`, { signal: request.signal })) as {
    items: ApplicationSummary[]
  }
  return { items: list.items, status }
}

const STATUSES = [
  'received',
  'reviewing',
  'shortlisted',
  'on_hold',
  'accepted',
  'rejected',
  'withdrawn',
]

/** `/applications`: contributor applications for editors, newest first. */
export function ApplicationsRoute() {
  const { items, status } = useLoaderData<{ items: ApplicationSummary[]; status: string }>()
  useDocumentTitle('Applications')
  return (
    <section aria-labelledby="applications-title">
      <h1 id="applications-title">Applications</h1>
      <nav aria-label="Filter by status">
        <Link to="/applications">all</Link>{' '}
        {STATUSES.map((s) => (
          <span key={s}>
            ·{' '}
            <Link to={`/applications?status=${s}`} aria-current={s === status ? 'page' : undefined}>
              {s.replace('_', ' ')}
            </Link>{' '}
          </span>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="muted">No applications{status ? ` ${status.replace('_', ' ')}` : ''}.</p>
      ) : (
        <table className="applications-table">
          <thead>
            <tr>
              <th>Reference</th>
              <th>Name</th>
              <th>Region</th>
              <th>Beats</th>
              <th>Status</th>
              <th>Received</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/applications/${a.id}`}>{a.reference}</Link>
                </td>
                <td>{a.name}</td>
                <td>{a.region}</td>
                <td>{a.beats.join(', ')}</td>
                <td>{a.status.replace('_', ' ')}</td>
                <td>
                  <time dateTime={a.createdAt}>{a.createdAt.slice(0, 10)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
