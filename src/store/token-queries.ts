import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from './schema.ts'

/** An API token as listed: never its secret. */
export interface ApiToken {
  id: string
  name: string
  createdAt: string
  revokedAt: string | null
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
): Promise<{ token: ApiToken; secret: string }> {
  const secret = `wd_${randomBytes(24).toString('base64url')}`
  const token: ApiToken = {
    id: randomBytes(6).toString('hex'),
    name,
    createdAt: now.toISOString(),
    revokedAt: null,
  }
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      name,
      hash: hashToken(secret),
      created_at: token.createdAt,
      revoked_at: null,
    })
    .execute()
  return { token, secret }
}

/** Every token, newest first. */
export async function listTokens(db: Kysely<Database>): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'revoked_at'])
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }))
}

/** Revokes a token; false when there is no such live token. */
export async function revokeToken(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** True when the secret belongs to a live token. */
export async function verifyToken(db: Kysely<Database>, secret: string): Promise<boolean> {
  const row = await db
    .selectFrom('api_tokens')
    .select('id')
    .where('hash', '=', hashToken(secret))
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row !== undefined
}
