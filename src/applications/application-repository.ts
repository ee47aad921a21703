import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ApplicationStatus } from './workflow.ts'

/** The applications tables (migration 060). */
export interface ApplicationTables {
  applications: {
    id: string
    reference: string
    name: string
    email: string
    region: string
    languages: string
    beats: string
    cover_letter: string
    talent_pool: number
    status: string
    created_at: string
    updated_at: string
    rejected_at: string | null
    files_purged_at: string | null
  }
  application_files: {
    id: string
    application_id: string
    role: string
    file_name: string
    mime: string
    size: number
    vault_key: string | null
    scan_status: string
    scan_detail: string | null
    created_at: string
  }
  application_events: {
    id: string
    application_id: string
    kind: string
    actor: string
    detail: string
    at: string
  }
}

/** Scan state of a file: only `clean` files can be downloaded. */
export type ScanStatus = 'pending' | 'clean' | 'infected' | 'quarantined' | 'purged'

export interface ApplicationFile {
  id: string
  role: 'cv' | 'sample'
  fileName: string
  mime: string
  size: number
  scanStatus: ScanStatus
  scanDetail: string | null
  createdAt: string
}

export interface ApplicationEvent {
  kind: 'status' | 'note' | 'download' | 'mail' | 'scan' | 'purge'
  actor: string
  detail: string
  at: string
}

export interface Application {
  id: string
  reference: string
  name: string
  email: string
  region: string
  languages: string[]
  beats: string[]
  coverLetter: string
  talentPool: boolean
  status: ApplicationStatus
  createdAt: string
  updatedAt: string
  rejectedAt: string | null
  filesPurgedAt: string | null
}

export interface ApplicationDetail extends Application {
  files: ApplicationFile[]
  history: ApplicationEvent[]
}

export type NewApplication = Omit<
  Application,
  'id' | 'reference' | 'status' | 'createdAt' | 'updatedAt' | 'rejectedAt' | 'filesPurgedAt'
>

export interface NewFile {
  role: 'cv' | 'sample'
  fileName: string
  mime: string
  size: number
  vaultKey: string
  scanStatus: ScanStatus
  scanDetail: string | null
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** `WD-2026-XXXXXXXX`: the year and 8 random characters from 32 (40 bits, not guessable). */
export function newReference(now: Date): string {
  const bytes = randomBytes(8)
  let code = ''
  for (const byte of bytes) {
    code += REFERENCE_ALPHABET.charAt(byte % 32)
  }
  return `WD-${now.getUTCFullYear()}-${code}`
}

const newId = (): string => randomBytes(8).toString('hex')

/** Event ids sort in the order they were made in this process, so equal times keep their order. */
const eventId = (): string =>
  `${process.hrtime.bigint().toString().padStart(20, '0')}${randomBytes(4).toString('hex')}`

/** Applications on any store dialect. */
export class ApplicationRepository {
  readonly #db: Kysely<ApplicationTables>

  constructor(db: Kysely<ApplicationTables>) {
    this.#db = db
  }

  async create(input: NewApplication, files: NewFile[], now: Date): Promise<Application> {
    const at = now.toISOString()
    const row = {
      id: newId(),
      reference: newReference(now),
      name: input.name,
      email: input.email,
      region: input.region,
      languages: JSON.stringify(input.languages),
      beats: JSON.stringify(input.beats),
      cover_letter: input.coverLetter,
      talent_pool: input.talentPool ? 1 : 0,
      status: 'received',
      created_at: at,
      updated_at: at,
      rejected_at: null,
      files_purged_at: null,
    }
    await this.#db.transaction().execute(async (trx) => {
      await trx.insertInto('applications').values(row).execute()
      for (const file of files) {
        await trx
          .insertInto('application_files')
          .values({
            id: newId(),
            application_id: row.id,
            role: file.role,
            file_name: file.fileName,
            mime: file.mime,
            size: file.size,
            vault_key: file.vaultKey,
            scan_status: file.scanStatus,
            scan_detail: file.scanDetail,
            created_at: at,
          })
          .execute()
      }
      await trx
        .insertInto('application_events')
        .values({
          id: eventId(),
          application_id: row.id,
          kind: 'status',
          actor: 'applicant',
          detail: 'received',
          at,
        })
        .execute()
    })
    return toApplication(row)
  }

  async list(status?: ApplicationStatus): Promise<Application[]> {
    let query = this.#db.selectFrom('applications').selectAll().orderBy('created_at', 'desc')
    if (status) {
      query = query.where('status', '=', status)
    }
    return (await query.execute()).map(toApplication)
  }

  async get(id: string): Promise<ApplicationDetail | null> {
    const row = await this.#db
      .selectFrom('applications')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', id), eb('reference', '=', id)]))
      .executeTakeFirst()
    if (!row) {
      return null
    }
    const files = await this.#db
      .selectFrom('application_files')
      .selectAll()
      .where('application_id', '=', row.id)
      .orderBy('created_at')
      .orderBy('role')
      .execute()
    const history = await this.#db
      .selectFrom('application_events')
      .select(['kind', 'actor', 'detail', 'at'])
      .where('application_id', '=', row.id)
      .orderBy('at')
      .orderBy('id')
      .execute()
    return {
      ...toApplication(row),
      files: files.map(toFile),
      history: history as ApplicationEvent[],
    }
  }

  async setStatus(id: string, status: ApplicationStatus, actor: string, now: Date): Promise<void> {
    const at = now.toISOString()
    await this.#db
      .updateTable('applications')
      .set({ status, updated_at: at, ...(status === 'rejected' ? { rejected_at: at } : {}) })
      .where('id', '=', id)
      .execute()
    await this.addEvent(id, 'status', actor, status, now)
  }

  async addEvent(
    id: string,
    kind: ApplicationEvent['kind'],
    actor: string,
    detail: string,
    now: Date,
  ): Promise<void> {
    await this.#db
      .insertInto('application_events')
      .values({ id: eventId(), application_id: id, kind, actor, detail, at: now.toISOString() })
      .execute()
  }

  /** A file with its vault key, for serving or deleting. */
  async file(
    applicationId: string,
    fileId: string,
  ): Promise<(ApplicationFile & { vaultKey: string | null }) | null> {
    const row = await this.#db
      .selectFrom('application_files')
      .selectAll()
      .where('application_id', '=', applicationId)
      .where('id', '=', fileId)
      .executeTakeFirst()
    return row ? { ...toFile(row), vaultKey: row.vault_key } : null
  }

  async setScan(fileId: string, status: ScanStatus, detail: string | null): Promise<void> {
    await this.#db
      .updateTable('application_files')
      .set({ scan_status: status, scan_detail: detail })
      .where('id', '=', fileId)
      .execute()
  }

  /** Files waiting for a scan. */
  async pendingFiles(): Promise<{ id: string; applicationId: string; vaultKey: string }[]> {
    const rows = await this.#db
      .selectFrom('application_files')
      .select(['id', 'application_id', 'vault_key'])
      .where('scan_status', '=', 'pending')
      .where('vault_key', 'is not', null)
      .execute()
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      vaultKey: r.vault_key ?? '',
    }))
  }

  /** Rejected applications whose files are still kept and were rejected before `cutoff`. */
  async rejectedBefore(cutoff: Date): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('applications')
      .select('id')
      .where('status', '=', 'rejected')
      .where('rejected_at', '<', cutoff.toISOString())
      .where('files_purged_at', 'is', null)
      .execute()
    return rows.map((r) => r.id)
  }

  /** Forgets an application's files (the vault keys); returns the keys to delete from disk. */
  async purgeFiles(id: string, now: Date): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('application_files')
      .select('vault_key')
      .where('application_id', '=', id)
      .execute()
    await this.#db
      .updateTable('application_files')
      .set({ vault_key: null, scan_status: 'purged' })
      .where('application_id', '=', id)
      .execute()
    await this.#db
      .updateTable('applications')
      .set({ files_purged_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    return rows.flatMap((r) => (r.vault_key ? [r.vault_key] : []))
  }

  /** Erases an application and everything about it; returns the vault keys to delete. */
  async erase(id: string): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('application_files')
      .select('vault_key')
      .where('application_id', '=', id)
      .execute()
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('application_events').where('application_id', '=', id).execute()
      await trx.deleteFrom('application_files').where('application_id', '=', id).execute()
      await trx.deleteFrom('applications').where('id', '=', id).execute()
    })
    return rows.flatMap((r) => (r.vault_key ? [r.vault_key] : []))
  }
}

function toApplication(row: ApplicationTables['applications']): Application {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    email: row.email,
    region: row.region,
    languages: JSON.parse(row.languages) as string[],
    beats: JSON.parse(row.beats) as string[],
    coverLetter: row.cover_letter,
    talentPool: row.talent_pool === 1,
    status: row.status as ApplicationStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    rejectedAt: row.rejected_at,
    filesPurgedAt: row.files_purged_at,
  }
}

function toFile(row: ApplicationTables['application_files']): ApplicationFile {
  return {
    id: row.id,
    role: row.role as ApplicationFile['role'],
    fileName: row.file_name,
    mime: row.mime,
    size: row.size,
    scanStatus: row.scan_status as ScanStatus,
    scanDetail: row.scan_detail,
    createdAt: row.created_at,
  }
}
