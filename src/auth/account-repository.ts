import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { AppError, NotFoundError, ValidationError } from '../core/errors.ts'
import { isMailAddress } from '../mail/mailer.ts'
import { checkNewPassword, hashPassword, UNUSABLE_HASH, verifyPassword } from './password.ts'
import type { Role } from './require-role.ts'
import { newTotpSecret, verifyTotp } from './totp.ts'

/** The accounts tables (migration 040). */
export interface AccountTables {
  users: {
    id: string
    email: string
    name: string
    role: string
    password_hash: string
    totp_secret: string | null
    totp_enabled: number
    created_at: string
    updated_at: string
  }
  sessions: {
    id_hash: string
    user_id: string
    created_at: string
    last_seen_at: string
    expires_at: string
  }
  login_failures: { key: string; at: string }
  /** The columns of the tokens table that removing a user touches. */
  api_tokens: { user_id: string | null; revoked_at: string | null }
}

export const ROLES: readonly Role[] = ['admin', 'editor', 'analyst']

/** A member of staff as the API shows them: never a hash or a secret. */
export interface User {
  id: string
  email: string
  name: string
  role: Role
  totpEnabled: boolean
  createdAt: string
}

/** How a login attempt ended. */
export type LoginResult =
  | { ok: true; user: User }
  | {
      ok: false
      /** `invalid`: unknown e-mail or wrong password (never told apart); `locked`: too many tries. */
      reason: 'invalid' | 'locked' | 'totp_required' | 'totp_invalid'
      retryAfterSeconds?: number
    }

/** Failed logins allowed in {@link LOGIN_WINDOW_MS} per e-mail address and per client address. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 20 }
export const LOGIN_WINDOW_MS = 15 * 60_000
/** A session ends after 12 hours unused, and after 7 days whatever happens. */
export const SESSION_IDLE_MS = 12 * 3_600_000
export const SESSION_MAX_MS = 7 * 86_400_000
// Last-seen times are written at most this often, not on every request.
const TOUCH_EVERY_MS = 5 * 60_000

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex')

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

function toUser(row: AccountTables['users']): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: isRole(row.role) ? row.role : 'analyst',
    totpEnabled: row.totp_enabled === 1,
    createdAt: row.created_at,
  }
}

/** Staff accounts, their sessions and login rate limits, on either dialect. */
export class AccountRepository {
  readonly #db: Kysely<AccountTables>

  constructor(db: Kysely<AccountTables>) {
    this.#db = db
  }

  /** Adds a user; names a taken e-mail, a bad role or a weak password. */
  async createUser(
    input: { email: string; name: string; role: string; password: string },
    now = new Date(),
  ): Promise<User> {
    const email = input.email.trim().toLowerCase()
    if (!isMailAddress(email)) {
      throw new ValidationError(`"${input.email}" is not an e-mail address`)
    }
    if (!isRole(input.role)) {
      throw new ValidationError(`unknown role "${input.role}": use ${ROLES.join(', ')}`)
    }
    const name = input.name.trim() || email
    checkNewPassword(input.password)
    if (await this.#byEmail(email)) {
      throw new AppError('user_exists', `a user with e-mail ${email} already exists`, {
        status: 409,
      })
    }
    const row: AccountTables['users'] = {
      id: randomBytes(8).toString('hex'),
      email,
      name,
      role: input.role,
      password_hash: await hashPassword(input.password),
      totp_secret: null,
      totp_enabled: 0,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    }
    await this.#db.insertInto('users').values(row).execute()
    return toUser(row)
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.#db.selectFrom('users').selectAll().orderBy('email').execute()
    return rows.map(toUser)
  }

  async countUsers(): Promise<number> {
    const row = await this.#db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async getUser(id: string): Promise<User | null> {
    const row = await this.#db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? toUser(row) : null
  }

  /** A user by id or e-mail. */
  async findUser(idOrEmail: string): Promise<User | null> {
    const row =
      (await this.#byEmail(idOrEmail.trim().toLowerCase())) ??
      (await this.#db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', idOrEmail)
        .executeTakeFirst())
    return row ? toUser(row) : null
  }

  /** Removes a user, ends their sessions and revokes their tokens; false when there is none. */
  async removeUser(id: string, now = new Date()): Promise<boolean> {
    return this.#db.transaction().execute(async (tx) => {
      await tx.deleteFrom('sessions').where('user_id', '=', id).execute()
      await tx
        .updateTable('api_tokens')
        .set({ revoked_at: now.toISOString() })
        .where('user_id', '=', id)
        .where('revoked_at', 'is', null)
        .execute()
      const result = await tx.deleteFrom('users').where('id', '=', id).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    })
  }

  async setRole(id: string, role: string, now = new Date()): Promise<User> {
    if (!isRole(role)) {
      throw new ValidationError(`unknown role "${role}": use ${ROLES.join(', ')}`)
    }
    await this.#db
      .updateTable('users')
      .set({ role, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    return this.#require(id)
  }

  /** Sets a new password and ends every session of the user (a stolen cookie dies with it). */
  async setPassword(id: string, password: string, now = new Date()): Promise<void> {
    checkNewPassword(password)
    await this.#require(id)
    await this.#db
      .updateTable('users')
      .set({ password_hash: await hashPassword(password), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    await this.#db.deleteFrom('sessions').where('user_id', '=', id).execute()
  }

  /**
   * Checks a login: rate limits per account and per client address first, then the password,
   * then the TOTP code when the user has one. Failures are counted; a success clears the
   * account's count.
   */
  async login(
    input: { email: string; password: string; code?: string | undefined; address: string },
    now = new Date(),
  ): Promise<LoginResult> {
    const email = input.email.trim().toLowerCase()
    const accountKey = `account:${email}`
    const addressKey = `address:${input.address}`
    const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString()
    await this.#db.deleteFrom('login_failures').where('at', '<', since).execute()
    const [forAccount, forAddress] = await Promise.all([
      this.#failures(accountKey, since),
      this.#failures(addressKey, since),
    ])
    if (
      forAccount.count >= LOGIN_LIMITS.perAccount ||
      forAddress.count >= LOGIN_LIMITS.perAddress
    ) {
      const oldest = [forAccount, forAddress]
        .filter((f) => f.oldest !== null)
        .map((f) => Date.parse(f.oldest ?? ''))
      const free = Math.min(...oldest) + LOGIN_WINDOW_MS
      return {
        ok: false,
        reason: 'locked',
        retryAfterSeconds: Math.max(1, Math.ceil((free - now.getTime()) / 1000)),
      }
    }
    const row = await this.#byEmail(email)
    // An unknown e-mail costs the same hash as a known one, so timing tells nothing.
    const passwordOk = await verifyPassword(input.password, row?.password_hash ?? UNUSABLE_HASH)
    const fail = async (reason: 'invalid' | 'totp_invalid'): Promise<LoginResult> => {
      await this.#db
        .insertInto('login_failures')
        .values([
          { key: accountKey, at: now.toISOString() },
          { key: addressKey, at: now.toISOString() },
        ])
        .execute()
      return { ok: false, reason }
    }
    if (!row || !passwordOk) {
      return fail('invalid')
    }
    if (row.totp_enabled === 1 && row.totp_secret) {
      if (!input.code) {
        return { ok: false, reason: 'totp_required' }
      }
      if (!verifyTotp(row.totp_secret, input.code, now)) {
        return fail('totp_invalid')
      }
    }
    await this.#db.deleteFrom('login_failures').where('key', '=', accountKey).execute()
    return { ok: true, user: toUser(row) }
  }

  /** Starts a session for a user; returns the secret for the cookie (stored only as a hash). */
  async createSession(userId: string, now = new Date()): Promise<string> {
    const secret = randomBytes(32).toString('base64url')
    await this.#db
      .insertInto('sessions')
      .values({
        id_hash: hash(secret),
        user_id: userId,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
      })
      .execute()
    return secret
  }

  /** The user of a live session, keeping it alive; null for an unknown, idle or expired one. */
  async resolveSession(secret: string, now = new Date()): Promise<User | null> {
    const session = await this.#db
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', hash(secret))
      .executeTakeFirst()
    if (!session) {
      return null
    }
    const lastSeen = Date.parse(session.last_seen_at)
    if (now.getTime() - lastSeen > SESSION_IDLE_MS || now.toISOString() >= session.expires_at) {
      await this.#db.deleteFrom('sessions').where('id_hash', '=', session.id_hash).execute()
      return null
    }
    if (now.getTime() - lastSeen > TOUCH_EVERY_MS) {
      await this.#db
        .updateTable('sessions')
        .set({ last_seen_at: now.toISOString() })
        .where('id_hash', '=', session.id_hash)
        .execute()
    }
    return this.getUser(session.user_id)
  }

  async endSession(secret: string): Promise<void> {
    await this.#db.deleteFrom('sessions').where('id_hash', '=', hash(secret)).execute()
  }

  /** Starts TOTP enrolment: a new secret, kept until {@link confirmTotp} proves the app has it. */
  async beginTotp(id: string, now = new Date()): Promise<string> {
    await this.#require(id)
    const secret = newTotpSecret()
    await this.#db
      .updateTable('users')
      .set({ totp_secret: secret, totp_enabled: 0, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    return secret
  }

  /** Switches TOTP on when `code` matches the secret from {@link beginTotp}. */
  async confirmTotp(id: string, code: string, now = new Date()): Promise<boolean> {
    const row = await this.#db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row?.totp_secret || !verifyTotp(row.totp_secret, code, now)) {
      return false
    }
    await this.#db
      .updateTable('users')
      .set({ totp_enabled: 1, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    return true
  }

  async disableTotp(id: string, now = new Date()): Promise<void> {
    await this.#db
      .updateTable('users')
      .set({ totp_secret: null, totp_enabled: 0, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
  }

  async #require(id: string): Promise<User> {
    const user = await this.getUser(id)
    if (!user) {
      throw new NotFoundError(`no user "${id}"`, 'user_not_found')
    }
    return user
  }

  #byEmail(email: string) {
    return this.#db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
  }

  async #failures(key: string, since: string): Promise<{ count: number; oldest: string | null }> {
    const row = await this.#db
      .selectFrom('login_failures')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.min<string | null>('at').as('oldest'),
      ])
      .where('key', '=', key)
      .where('at', '>=', since)
      .executeTakeFirstOrThrow()
    return { count: Number(row.n), oldest: row.oldest }
  }
}
