import { useState, type SyntheticEvent } from 'react'
import { useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router'
import { getJson } from '../api/client'
import { ApplicationHistory, type ApplicationEvent } from '../components/application-history'
import { useDocumentTitle } from '../lib/use-document-title'

interface ApplicationDetail {
  id: string
  reference: string
  name: string
  email: string
  region: string
  languages: string[]
  beats: string[]
  coverLetter: string
  talentPool: boolean
  status: string
  allowed: string[]
  files: {
    id: string
    role: string
    fileName: string
    size: number
    scanStatus: string
    scanDetail: string | null
  }[]
  history: ApplicationEvent[]
}

/** Loads one application (`/applications/:id`). */
export async function applicationLoader({
  params,
  request,
}: LoaderFunctionArgs): Promise<ApplicationDetail> {
  return (await getJson(`/api/applications/${encodeURIComponent(params.id ?? '')}`, {
    signal: request.signal,
  })) as ApplicationDetail
}

async function post(path: string, body: unknown): Promise<string | null> {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.ok) {
    return null
  }
  const answer = (await res.json().catch(() => null)) as { message?: string } | null
  return answer?.message ?? `the server answered ${res.status}`
}

/** `/applications/:id`: an application, its files, decisions, notes and history. */
export function ApplicationsDetailRoute() {
  const application = useLoaderData<ApplicationDetail>()
  const revalidator = useRevalidator()
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  useDocumentTitle(`Application ${application.reference}`)
  const act = async (path: string, body: unknown): Promise<void> => {
    const problem = await post(`/api/applications/${application.id}/${path}`, body)
    setError(problem)
    if (!problem) {
      await revalidator.revalidate()
    }
  }
  const addNote = (event: SyntheticEvent): void => {
    event.preventDefault()
    void act('notes', { text: note }).then(() => {
      setNote('')
    })
  }
  return (
    <section aria-labelledby="application-title">
      <h1 id="application-title">
        {application.reference}: {application.name}
      </h1>
      <p>
        {application.email} · {application.region} · {application.languages.join(', ')} ·{' '}
        {application.beats.join(', ')} · talent pool: {application.talentPool ? 'yes' : 'no'}
      </p>
      <p>
        Status: <strong>{application.status.replace('_', ' ')}</strong>
      </p>
      {application.allowed.length > 0 ? (
        <p>
          {application.allowed.map((s) => (
            <button key={s} type="button" onClick={() => void act('status', { status: s })}>
              {s.replace('_', ' ')}
            </button>
          ))}
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <h2>Cover letter</h2>
      <p style={{ whiteSpace: 'pre-wrap' }}>{application.coverLetter}</p>
      <h2>Files</h2>
      <ul>
        {application.files.map((f) => (
          <li key={f.id}>
            {f.role}:{' '}
            {f.scanStatus === 'clean' ? (
              <a href={`/api/applications/${application.id}/files/${f.id}`} download>
                {f.fileName}
              </a>
            ) : (
              f.fileName
            )}{' '}
            <span className="muted">
              ({Math.ceil(f.size / 1024)} KB, {f.scanStatus}
              {f.scanDetail ? `: ${f.scanDetail}` : ''})
            </span>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/api/applications/${application.id}/export`} download>
          Export this applicant's data (zip)
        </a>
      </p>
      <h2>History</h2>
      <ApplicationHistory events={application.history} />
      <form onSubmit={addNote}>
        <label htmlFor="note">Add a note</label>
        <textarea
          id="note"
          value={note}
          onChange={(e) => {
            setNote(e.target.value)
          }}
          required
        />
        <button type="submit">Add note</button>
      </form>
    </section>
  )
}
