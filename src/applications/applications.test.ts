import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { staffHeaders } from '../testing/staff.ts'
import { createApp } from '../api/app.ts'
import { SqliteStore } from '../store/dialects/sqlite.ts'
import type { Store } from '../store/store.ts'
import { testKb } from '../testing/test-kb.ts'
import { FileVault } from '../uploads/file-vault.ts'
import { EICAR, fakeScanner } from '../uploads/scanner.ts'
import { javascriptPdf, macroDocx, tinyDocx, tinyPdf } from '../uploads/test-files.ts'
import { purgeRejected, type MailSender } from './applications.ts'
import { DEFAULT_CALL } from './call-config.ts'

let store: Store
let dir: string
let secret: string
let clock: Date
let sent: { to: string; subject: string; text: string }[]
let app: ReturnType<typeof createApp>
let deps: Parameters<typeof purgeRejected>[0]

beforeEach(async () => {
  store = await SqliteStore.open(':memory:')
  dir = await mkdtemp(join(tmpdir(), 'wd-apps-'))
  const editor = await store.accounts.createUser({
    email: 'ed@example.org',
    name: 'Ed Itor',
    role: 'editor',
    password: 'correct horse battery',
  })
  secret = (await store.createToken('editor', { userId: editor.id })).secret
  clock = new Date('2026-03-01T10:00:00Z')
  sent = []
  const mailer: MailSender = { send: (m) => Promise.resolve(void sent.push(m)) }
  deps = {
    store,
    vault: new FileVault(dir),
    call: DEFAULT_CALL,
    scanner: fakeScanner(),
    mailer,
    now: () => clock,
  }
  app = createApp({ store, kb: testKb(), applications: deps })
})
afterEach(async () => {
  await store.close()
  await rm(dir, { recursive: true, force: true })
})

const LETTER =
  'I have reported on Georgian municipal politics for six years, in English and Georgian.'

function form(
  files: { field: string; name: string; bytes: Uint8Array }[],
  extra: Record<string, string> = {},
): FormData {
  const data = new FormData()
  data.set('name', 'Nino B.')
  data.set('email', 'nino@example.org')
  data.set('region', 'Georgia')
  data.append('languages', 'English')
  data.append('languages', 'Georgian')
  data.append('beats', 'Courts and rights')
  data.set('cover_letter', LETTER)
  for (const [k, v] of Object.entries(extra)) {
    data.set(k, v)
  }
  for (const f of files) {
    data.append(f.field, new Blob([new Uint8Array(f.bytes)]), f.name)
  }
  return data
}

const post = (data: FormData): Promise<Response> =>
  Promise.resolve(app.request('/site/contribute', { method: 'POST', body: data }))
const api = (
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Response> =>
  Promise.resolve(
    app.request(path, {
      ...init,
      headers: {
        authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
        ...(init.headers ?? {}),
      },
    }),
  )

describe('the call for contributors', () => {
  it('serves the page without cookies, with the talent-pool box unticked and the privacy notice', async () => {
    const res = await app.request('/site/contribute')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toBeNull()
    const html = await res.text()
    expect(html).toContain('enctype="multipart/form-data"')
    expect(html).toMatch(/name="talent_pool" value="yes">/)
    expect(html).toContain('6 months')
    expect(html).toContain('North Caucasus')
  })

  it('takes an application with a PDF and a DOCX, answers its reference and mails it', async () => {
    const res = await post(
      form([
        { field: 'cv', name: 'cv.pdf', bytes: tinyPdf() },
        { field: 'sample', name: 'sample.docx', bytes: tinyDocx() },
      ]),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toBeNull()
    const reference = /id="reference">(WD-2026-[A-Z2-9]{8})</.exec(await res.text())?.[1]
    expect(reference).toBeDefined()
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ to: 'nino@example.org' })
    expect(sent[0]?.text).toContain(reference)
    const stored = await store.applications.get(reference ?? '')
    expect(stored?.files.map((f) => f.scanStatus)).toEqual(['clean', 'clean'])
    expect(stored?.talentPool).toBe(false)
    // Random names, no extension, in the data directory.
    expect((await readdir(dir)).every((n) => /^[0-9a-f]{32}$/.test(n))).toBe(true)
  })

  it('refuses a macro DOCX and names every problem, keeping what was typed', async () => {
    const res = await post(
      form([{ field: 'cv', name: 'cv.docx', bytes: macroDocx() }], { email: 'not-an-address' }),
    )
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toMatch(/<li>CV: &#34;cv\.docx&#34; is a macro-enabled Word document/)
    expect(html).toContain('E-mail: give an address')
    expect(html).toContain('Writing sample: attach')
    expect(html).toContain('value="Nino B."')
    expect(html).toContain(LETTER)
    expect(await store.applications.list()).toHaveLength(0)
  })

  it('stops reading an 11 MB upload at the limit and answers 413 with a page', async () => {
    let pulled = 0
    let sent = 0
    const head = new TextEncoder().encode(
      '--b\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\n\r\n',
    )
    const chunk = new Uint8Array(64 * 1024)
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const next = sent === 0 ? head : chunk
          sent++
          pulled += next.length
          if (pulled > 11 * 1024 * 1024) {
            controller.close()
            return
          }
          controller.enqueue(next)
        },
      },
      { highWaterMark: 0 },
    )
    const res = await app.request('/site/contribute', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body,
      duplex: 'half',
    })
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('&#34;cv.pdf&#34; is larger than 10 MB')
    expect(pulled).toBeLessThan(10.5 * 1024 * 1024)
    expect(await store.applications.list()).toHaveLength(0)
  })

  it('keeps nothing when the honeypot is filled', async () => {
    const res = await post(
      form(
        [
          { field: 'cv', name: 'cv.pdf', bytes: tinyPdf() },
          { field: 'sample', name: 's.pdf', bytes: tinyPdf() },
        ],
        { website: 'http://spam.example' },
      ),
    )
    expect(res.status).toBe(200)
    expect(await store.applications.list()).toHaveLength(0)
  })

  it('rate-limits posts per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) {
      statuses.push((await post(form([]))).status)
    }
    expect(statuses.slice(0, 5).every((s) => s === 400)).toBe(true)
    expect(statuses.slice(5)).toEqual([429, 429])
  })
})

describe('the applications API', () => {
  async function apply(cv = tinyPdf(), cvName = 'cv.pdf'): Promise<string> {
    const res = await post(
      form([
        { field: 'cv', name: cvName, bytes: cv },
        { field: 'sample', name: 'sample.docx', bytes: tinyDocx() },
      ]),
    )
    return /id="reference">([^<]+)</.exec(await res.text())?.[1] ?? ''
  }

  it('is closed without a token, for reads and files too', async () => {
    const reference = await apply()
    const stored = await store.applications.get(reference)
    expect((await app.request('/api/applications')).status).toBe(401)
    expect(
      (await app.request(`/api/applications/${stored?.id}/files/${stored?.files[0]?.id}`)).status,
    ).toBe(401)
    // Analysts never see applicants; nor does a service token, which has no role.
    for (const headers of [
      await staffHeaders(store, 'analyst'),
      { authorization: `Bearer ${(await store.createToken('ingest bot')).secret}` },
    ]) {
      expect((await app.request('/api/applications', { headers })).status).toBe(403)
      expect(
        (
          await app.request(`/api/applications/${stored?.id}/files/${stored?.files[0]?.id}`, {
            headers,
          })
        ).status,
      ).toBe(403)
    }
    expect(
      (await app.request('/api/applications', { headers: await staffHeaders(store, 'admin') }))
        .status,
    ).toBe(200)
  })

  it('enforces the allowed transitions, records history and notes, and mails the decision', async () => {
    const { id } = (await store.applications.get(await apply()))!
    const move = (status: string): Promise<Response> =>
      api(`/api/applications/${id}/status`, { method: 'POST', body: JSON.stringify({ status }) })
    const skip = await move('accepted')
    expect(skip.status).toBe(400)
    expect(((await skip.json()) as { message: string }).message).toContain(
      'received cannot become accepted',
    )
    expect((await move('reviewing')).status).toBe(200)
    expect((await move('shortlisted')).status).toBe(200)
    expect(
      (
        await api(`/api/applications/${id}/notes`, {
          method: 'POST',
          body: JSON.stringify({ text: 'Strong on courts.' }),
        })
      ).status,
    ).toBe(201)
    expect((await move('rejected')).status).toBe(200)
    expect((await move('reviewing')).status).toBe(400)
    const detail = (await (await api(`/api/applications/${id}`)).json()) as {
      status: string
      history: { kind: string; detail: string }[]
      allowed: string[]
    }
    expect(detail.status).toBe('rejected')
    expect(detail.allowed).toEqual([])
    expect(detail.history.filter((h) => h.kind === 'status').map((h) => h.detail)).toEqual([
      'received',
      'reviewing',
      'shortlisted',
      'rejected',
    ])
    expect(detail.history.some((h) => h.kind === 'note' && h.detail === 'Strong on courts.')).toBe(
      true,
    )
    expect(sent.at(-1)?.subject).toContain('our decision')
  })

  it('serves clean files as logged attachments, and never quarantined or infected ones', async () => {
    const clean = (await store.applications.get(await apply()))!
    const res = await api(`/api/applications/${clean.id}/files/${clean.files[0]?.id}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cv.pdf"/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(tinyPdf()))).toBe(true)
    const history = (await store.applications.get(clean.id))!.history
    expect(history.find((h) => h.kind === 'download')).toMatchObject({
      actor: 'ed@example.org',
      detail: 'cv.pdf',
    })

    const active = (await store.applications.get(await apply(javascriptPdf())))!
    expect(active.files[0]?.scanStatus).toBe('quarantined')
    expect((await api(`/api/applications/${active.id}/files/${active.files[0]?.id}`)).status).toBe(
      409,
    )
    const virus = (await store.applications.get(
      await apply(new TextEncoder().encode(EICAR), 'cv.txt'),
    ))!
    expect(virus.files[0]).toMatchObject({
      scanStatus: 'infected',
      scanDetail: 'Eicar-Test-Signature (fake)',
    })
    expect((await api(`/api/applications/${virus.id}/files/${virus.files[0]?.id}`)).status).toBe(
      409,
    )
  })

  it('purges rejected applicants files after the retention period, by the injected clock', async () => {
    const { id } = (await store.applications.get(await apply()))!
    await api(`/api/applications/${id}/status`, {
      method: 'POST',
      body: JSON.stringify({ status: 'rejected' }),
    })
    // 31 August minus six months is 28 February (not 3 March): still kept.
    clock = new Date('2026-08-31T10:00:00Z')
    expect(await purgeRejected(deps)).toEqual([])
    clock = new Date('2026-09-01T10:00:01Z')
    expect(await purgeRejected(deps)).toEqual([id])
    expect(await readdir(dir)).toHaveLength(0)
    const after = (await store.applications.get(id))!
    expect(after.files.every((f) => f.scanStatus === 'purged')).toBe(true)
    expect(after.name).toBe('Nino B.')
  })

  it('exports an applicant as a zip and erases them', async () => {
    const { id } = (await store.applications.get(await apply()))!
    const res = await api(`/api/applications/${id}/export`)
    expect(res.headers.get('content-type')).toBe('application/zip')
    const { unzipSync } = await import('fflate')
    const entries = unzipSync(new Uint8Array(await res.arrayBuffer()))
    expect(Object.keys(entries).sort()).toEqual([
      'application.json',
      'files/cv-cv.pdf',
      'files/sample-sample.docx',
    ])
    expect((await api(`/api/applications/${id}`, { method: 'DELETE' })).status).toBe(200)
    expect(await store.applications.get(id)).toBeNull()
    expect(await readdir(dir)).toHaveLength(0)
  })
})
