import { sql, type Kysely, type Migration } from 'kysely'

/**
 * Staff accounts: users with a role, a scrypt password hash and an optional TOTP secret;
 * sessions (stored as hashes of the cookie's secret); failed logins for rate limiting; API
 * tokens that belong to a user and carry scopes.
 */
export const accounts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('email', 'text', (col) => col.notNull().unique())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) => col.notNull())
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('totp_secret', 'text')
      .addColumn('totp_enabled', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('last_seen_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .execute()
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()
    await db.schema
      .createTable('login_failures')
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .execute()
    await db.schema
      .createIndex('login_failures_key')
      .on('login_failures')
      .columns(['key', 'at'])
      .execute()
    await db.schema.alterTable('api_tokens').addColumn('user_id', 'text').execute()
    await db.schema
      .alterTable('api_tokens')
      .addColumn('scopes', 'text', (col) => col.notNull().defaultTo(sql`'read write'`))
      .execute()
  },
}
