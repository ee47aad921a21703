import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ApiTokensTable, Database } from './schema.ts'

/** What a token allows: `read` opens closed reads, `write` the calls that change data. */
export type TokenScope = 'read' | 'write'

export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'write']

/** An API token as listed: never its secret. */
export interface ApiToken {
  id: string
  name: string
  createdAt: string
  revokedAt: string | null
  /** The user it acts for, with that user's role; null for a service token. */
  userId: string | null
  scopes: TokenScope[]
}

/** Who may create a token: a user (it then acts with their role) or no one (a service token). */
export interface TokenOptions {
  userId?: string | null
  scopes?: readonly TokenScope[] | undefined
}

/** The SHA-256 under which a token's secret is stored. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** Creates a token; the secret is returned once and stored only as its hash. */
export async function createToken(
  db: Kysely<Database>,
  name: string,
  now: Date,
  options: TokenOptions = {},
): Promise<{ token: ApiToken; secret: string }> {
  const secret = `wd_${randomBytes(24).toString('base64url')}`
  const scopes = TOKEN_SCOPES.filter((scope) => (options.scopes ?? TOKEN_SCOPES).includes(scope))
  const token: ApiToken = {
    id: randomBytes(6).toString('hex'),
    name,
    createdAt: now.toISOString(),
    revokedAt: null,
    userId: options.userId ?? null,
    scopes,
  }
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      name,
      hash: hashToken(secret),
      created_at: token.createdAt,
      revoked_at: null,
      user_id: token.userId,
      scopes: scopes.join(' '),
    })
    .execute()
  return { token, secret }
}

const COLUMNS = ['id', 'name', 'created_at', 'revoked_at', 'user_id', 'scopes'] as const

function toToken(row: Pick<ApiTokensTable, (typeof COLUMNS)[number]>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    userId: row.user_id,
    scopes: TOKEN_SCOPES.filter((scope) => row.scopes.split(' ').includes(scope)),
  }
}

/** Every token (or one user's), newest first. */
export async function listTokens(db: Kysely<Database>, userId?: string): Promise<ApiToken[]> {
  let query = db.selectFrom('api_tokens').select(COLUMNS).orderBy('created_at', 'desc')
  if (userId !== undefined) {
    query = query.where('user_id', '=', userId)
  }
  return (await query.execute()).map(toToken)
}

/** Revokes a token (only one of `userId`'s when given); false when there is no such live token. */
export async function revokeToken(
  db: Kysely<Database>,
  id: string,
  now: Date,
  userId?: string,
): Promise<boolean> {
  let query = db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
  if (userId !== undefined) {
    query = query.where('user_id', '=', userId)
  }
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** The live token a secret belongs to, or null. */
export async function verifyToken(db: Kysely<Database>, secret: string): Promise<ApiToken | null> {
  const row = await db
    .selectFrom('api_tokens')
    .select(COLUMNS)
    .where('hash', '=', hashToken(secret))
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row ? toToken(row) : null
}
