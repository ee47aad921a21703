import { useState, type SyntheticEvent } from 'react'
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { ApiError } from '../api/api-error'
import { getEligibility, getOrganisation } from '../api/client'
import type { Eligibility, MembershipStatus, Organisation } from '../api/types'
import { formatPeriod } from '../lib/format'
import { useDocumentTitle } from '../lib/use-document-title'

/** Loads `/orgs/:id`. */
export async function orgLoader({ params, request }: LoaderFunctionArgs): Promise<Organisation> {
  return getOrganisation(params.id ?? '', { signal: request.signal })
}

const STATUSES: MembershipStatus[] = ['member', 'observer', 'partner']

/** `/orgs/:id`: members, observers and partners over time; the membership rules, and a check against them. */
export function OrgRoute() {
  const org = useLoaderData<Organisation>()
  useDocumentTitle(org.name)
  const sorted = [...org.memberships].sort(
    (a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.name.localeCompare(b.name),
  )
  return (
    <article className="org-page">
      <h1>{org.name}</h1>
      <section aria-labelledby="memberships-title">
        <h2 id="memberships-title">Members, observers and partners over time</h2>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby="memberships-title"
        >
          <table className="memberships-table">
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Status</th>
                <th scope="col">Period</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((m, i) => (
                <tr
                  key={`${m.country}:${m.status}:${String(i)}`}
                  className={m.to ? 'past' : undefined}
                >
                  <td>
                    <Link to={`/actors/${encodeURIComponent(m.country)}`}>{m.name}</Link>
                  </td>
                  <td>{m.status}</td>
                  <td>{m.from || m.to ? formatPeriod(m.from, m.to) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">Eligibility rules</h2>
        {org.rules.length === 0 ? (
          <p className="empty">No membership rules recorded.</p>
        ) : (
          <ul className="rules">
            {org.rules.map((r) => (
              <li key={r.id}>
                {r.text} <span className="muted">(for {r.statuses.join(', ')})</span>
              </li>
            ))}
          </ul>
        )}
        <EligibilityCheck org={org} />
      </section>
    </article>
  )
}

function EligibilityCheck({ org }: { org: Organisation }) {
  const [answer, setAnswer] = useState<Eligibility | null>(null)
  const [error, setError] = useState<string | null>(null)
  async function check(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const field = (name: string): string => {
      const value = data.get(name)
      return typeof value === 'string' ? value : ''
    }
    const on = field('on')
    try {
      setError(null)
      setAnswer(
        await getEligibility(org.id, {
          candidate: field('candidate').toUpperCase(),
          status: field('status') || 'member',
          on: on || undefined,
        }),
      )
    } catch (e: unknown) {
      setAnswer(null)
      setError(e instanceof ApiError ? e.message : 'The check failed.')
    }
  }
  return (
    <div className="eligibility">
      <h3>Check a state against the rules</h3>
      <form onSubmit={(e) => void check(e)} className="range-form">
        <label>
          State (ISO3){' '}
          <input name="candidate" defaultValue="AZE" required pattern="[A-Za-z]{3}" size={4} />
        </label>
        <label>
          Status{' '}
          <select name="status" defaultValue="observer">
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          On <input type="date" name="on" />
        </label>
        <button type="submit">Check</button>
      </form>
      <div role="status" className="eligibility-answer">
        {error ? <p className="error">{error}</p> : null}
        {answer ? (
          <>
            <p>
              <strong>{answer.candidate}</strong> is {answer.eligible ? '' : 'not '}eligible as{' '}
              {answer.status}
              {answer.on ? ` on ${answer.on}` : ''}.
            </p>
            {answer.reasons.length > 0 ? (
              <ul>
                {answer.reasons.map((r) => (
                  <li key={r.id}>
                    {r.rule}
                    {r.lacking.length > 0 ? ` Lacking: ${r.lacking.join(', ')}.` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  )
}
