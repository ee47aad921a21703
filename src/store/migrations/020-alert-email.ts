import type { Kysely, Migration } from 'kysely'

/** Alerts may also be delivered by e-mail: the address, beside the webhook. */
export const alertEmail: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('alerts').addColumn('email', 'text').execute()
  },
}
