import { strToU8, zipSync, type Zippable } from 'fflate'
import { AppError, NotFoundError } from '../core/errors.ts'
import type { Store } from '../store/store.ts'
import type { FileVault } from '../uploads/file-vault.ts'
import { inspectUpload } from '../uploads/inspect-upload.ts'
import type { ParsedForm } from '../uploads/multipart.ts'
import type { Scanner } from '../uploads/scanner.ts'
import type { Application, ApplicationFile, NewFile } from './application-repository.ts'
import type { CallConfig } from './call-config.ts'
import { checkTransition, type ApplicationStatus } from './workflow.ts'

/** The mail the applicant gets (the shape of src/mail/mailer.ts's Mailer). */
export interface MailSender {
  send(message: { to: string; subject: string; text: string }): Promise<void>
}

/** What the application service needs. */
export interface ApplicationDeps {
  store: Store
  vault: FileVault
  call: CallConfig
  scanner?: Scanner | null
  mailer?: MailSender | null
  now?: () => Date
}

/** The fields of the form as typed, kept to fill the form again after an error. */
export interface ApplicationForm {
  name: string
  email: string
  region: string
  languages: string[]
  beats: string[]
  coverLetter: string
  talentPool: boolean
}

/** The form was not acceptable: every problem, and what the applicant typed. */
export class ApplicationRejected extends AppError {
  readonly problems: string[]
  readonly form: ApplicationForm

  constructor(problems: string[], form: ApplicationForm) {
    super('invalid_application', problems.join('; '), { status: 400 })
    this.problems = problems
    this.form = form
  }
}

const one = (form: ParsedForm, name: string): string => (form.fields.get(name)?.[0] ?? '').trim()

/** The typed fields of a parsed multipart form. */
export function readForm(form: ParsedForm): ApplicationForm {
  return {
    name: one(form, 'name'),
    email: one(form, 'email'),
    region: one(form, 'region'),
    languages: form.fields.get('languages') ?? [],
    beats: form.fields.get('beats') ?? [],
    coverLetter: one(form, 'cover_letter'),
    talentPool: one(form, 'talent_pool') === 'yes',
  }
}

/**
 * Takes an application: validates every field (all problems at once), checks each file
 * (inspectUpload), stores the files in the vault, scans them when a scanner is configured,
 * records the application and mails the receipt with its reference.
 */
export async function submitApplication(
  parsed: ParsedForm,
  deps: ApplicationDeps,
): Promise<Application> {
  const now = deps.now?.() ?? new Date()
  const form = readForm(parsed)
  const problems: string[] = []
  if (!form.name || form.name.length > 200) {
    problems.push('Name: give your name or pen name (up to 200 characters).')
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email) || form.email.length > 254) {
    problems.push('E-mail: give an address we can answer, like name@example.org.')
  }
  if (!deps.call.regions.includes(form.region)) {
    problems.push('Region: choose one of the regions listed.')
  }
  if (form.languages.length === 0 || form.languages.some((l) => !deps.call.languages.includes(l))) {
    problems.push('Languages: tick at least one of the languages listed.')
  }
  if (form.beats.length === 0 || form.beats.some((b) => !deps.call.beats.includes(b))) {
    problems.push('Beats: tick at least one of the beats listed.')
  }
  if (form.coverLetter.length < 50 || form.coverLetter.length > 20_000) {
    problems.push('Cover letter: write between 50 and 20,000 characters.')
  }
  const files: (NewFile & { bytes: Uint8Array })[] = []
  for (const [field, role, label] of [
    ['cv', 'cv', 'CV'],
    ['sample', 'sample', 'Writing sample'],
  ] as const) {
    const file = parsed.files.find((f) => f.field === field && f.bytes.length > 0)
    if (!file) {
      problems.push(`${label}: attach a PDF, DOCX, ODT or TXT file.`)
      continue
    }
    try {
      const verdict = await inspectUpload(file.fileName, file.bytes)
      files.push({
        role,
        fileName: file.fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120),
        mime: verdict.mime,
        size: file.bytes.length,
        vaultKey: '',
        scanStatus: verdict.quarantined ? 'quarantined' : 'pending',
        scanDetail: verdict.quarantined ? `active content: ${verdict.reasons.join(', ')}` : null,
        bytes: file.bytes,
      })
    } catch (error: unknown) {
      if (!(error instanceof AppError) || error.status !== 400) {
        throw error
      }
      problems.push(`${label}: ${error.message}.`)
    }
  }
  if (problems.length > 0) {
    throw new ApplicationRejected(problems, form)
  }
  for (const file of files) {
    file.vaultKey = await deps.vault.put(file.bytes)
    if (deps.scanner && file.scanStatus === 'pending') {
      const result = await deps.scanner.scan(file.bytes)
      file.scanStatus = result.clean ? 'clean' : 'infected'
      file.scanDetail = result.clean
        ? `clean (${deps.scanner.name})`
        : `${result.signature ?? 'malware'} (${deps.scanner.name})`
    }
  }
  const application = await deps.store.applications.create(form, files, now)
  await mail(deps, application, `Your application ${application.reference}`, [
    `Dear ${application.name},`,
    '',
    `thank you for applying to write for ${deps.call.outlet}. Your reference is ${application.reference}; quote it in any message about your application.`,
    'An editor will read it and write to you with a decision.',
    '',
    `We keep your application while we consider it. If it is not accepted, your files are deleted after ${deps.call.retentionMonths} months${application.talentPool ? '' : ' and nothing else is kept for the talent pool'}. You may ask for a copy of your data or its erasure at any time by replying to this message.`,
  ])
  return application
}

async function mail(
  deps: ApplicationDeps,
  application: Application,
  subject: string,
  lines: string[],
): Promise<void> {
  if (!deps.mailer) {
    return
  }
  await deps.mailer.send({ to: application.email, subject, text: lines.join('\n') })
  await deps.store.applications.addEvent(
    application.id,
    'mail',
    'watchdesk',
    subject,
    deps.now?.() ?? new Date(),
  )
}

/** Moves an application on (allowed moves only); accepted and rejected mail the decision. */
export async function changeStatus(
  id: string,
  to: ApplicationStatus,
  actor: string,
  deps: ApplicationDeps,
): Promise<void> {
  const application = await deps.store.applications.get(id)
  if (!application) {
    throw new NotFoundError(`no application "${id}"`)
  }
  checkTransition(application.status, to)
  await deps.store.applications.setStatus(application.id, to, actor, deps.now?.() ?? new Date())
  if (to === 'accepted') {
    await mail(deps, application, `Your application ${application.reference}: accepted`, [
      `Dear ${application.name},`,
      '',
      `we would like you to write for ${deps.call.outlet}. An editor will be in touch about a first assignment.`,
    ])
  } else if (to === 'rejected') {
    await mail(deps, application, `Your application ${application.reference}: our decision`, [
      `Dear ${application.name},`,
      '',
      `thank you for applying. We cannot offer you a place at ${deps.call.outlet} this time.`,
      `Your files will be deleted after ${deps.call.retentionMonths} months${application.talentPool ? '; you stay in our talent pool as you asked' : ''}.`,
    ])
  }
}

/** A file for an editor: only once it is scanned clean; every download is logged. */
export async function downloadFile(
  id: string,
  fileId: string,
  actor: string,
  deps: ApplicationDeps,
): Promise<{ file: ApplicationFile; bytes: Buffer }> {
  const file = await deps.store.applications.file(id, fileId)
  if (!file) {
    throw new NotFoundError(`no file "${fileId}" in application "${id}"`)
  }
  if (file.scanStatus !== 'clean' || !file.vaultKey) {
    throw new AppError(
      'file_not_clean',
      `"${file.fileName}" is ${file.scanStatus}${file.scanDetail ? ` (${file.scanDetail})` : ''}; only files scanned clean can be downloaded`,
      { status: 409 },
    )
  }
  const bytes = await deps.vault.get(file.vaultKey)
  await deps.store.applications.addEvent(
    id,
    'download',
    actor,
    file.fileName,
    deps.now?.() ?? new Date(),
  )
  return { file, bytes }
}

/** Scans every file still waiting (the scanner was down or not configured at upload time). */
export async function scanPending(deps: ApplicationDeps): Promise<number> {
  if (!deps.scanner) {
    return 0
  }
  const pending = await deps.store.applications.pendingFiles()
  for (const file of pending) {
    const result = await deps.scanner.scan(await deps.vault.get(file.vaultKey))
    await deps.store.applications.setScan(
      file.id,
      result.clean ? 'clean' : 'infected',
      result.clean
        ? `clean (${deps.scanner.name})`
        : `${result.signature ?? 'malware'} (${deps.scanner.name})`,
    )
  }
  return pending.length
}

/** Deletes the files of applications rejected more than `retentionMonths` ago. */
export async function purgeRejected(deps: ApplicationDeps): Promise<string[]> {
  const now = deps.now?.() ?? new Date()
  const cutoff = monthsBefore(now, deps.call.retentionMonths)
  const ids = await deps.store.applications.rejectedBefore(cutoff)
  for (const id of ids) {
    for (const key of await deps.store.applications.purgeFiles(id, now)) {
      await deps.vault.delete(key)
    }
    await deps.store.applications.addEvent(
      id,
      'purge',
      'watchdesk',
      `files deleted after ${deps.call.retentionMonths} months`,
      now,
    )
  }
  return ids
}

/** `months` calendar months before `date`, the day clamped to the month's end (31 Aug − 6 → 28 Feb). */
export function monthsBefore(date: Date, months: number): Date {
  const target = new Date(date)
  target.setUTCDate(1)
  target.setUTCMonth(target.getUTCMonth() - months)
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target
}

/** Everything kept about an applicant, as a zip: application.json and the files still held. */
export async function exportApplication(
  id: string,
  deps: ApplicationDeps,
): Promise<{ reference: string; zip: Uint8Array }> {
  const application = await deps.store.applications.get(id)
  if (!application) {
    throw new NotFoundError(`no application "${id}"`)
  }
  const parts: Zippable = { 'application.json': strToU8(JSON.stringify(application, null, 2)) }
  for (const file of application.files) {
    const stored = await deps.store.applications.file(application.id, file.id)
    if (stored?.vaultKey) {
      parts[`files/${file.role}-${file.fileName}`] = new Uint8Array(
        await deps.vault.get(stored.vaultKey),
      )
    }
  }
  return { reference: application.reference, zip: zipSync(parts) }
}

/** Erases an applicant: the row, the history and the files on disk. */
export async function eraseApplication(id: string, deps: ApplicationDeps): Promise<void> {
  const application = await deps.store.applications.get(id)
  if (!application) {
    throw new NotFoundError(`no application "${id}"`)
  }
  for (const key of await deps.store.applications.erase(application.id)) {
    await deps.vault.delete(key)
  }
}
