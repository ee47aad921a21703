import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { openStore } from '../../store/open-store.ts'

/** `watchdesk tokens create|list|revoke`: API tokens for calls that write. */
export function registerTokens(program: Command): void {
  const tokens = program
    .command('tokens')
    .description('API tokens: every API call that writes needs one')
  const db = '--db <location>'
  const dbHelp = 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)'
  tokens
    .command('create')
    .argument('<name>', 'who or what the token is for')
    .option(db, dbHelp)
    .description('create a token; its secret is shown once and stored only hashed')
    .action(async (name: string, flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        const { token, secret } = await store.createToken(name)
        process.stdout.write(`${secret}\n`)
        process.stderr.write(
          `token ${token.id} "${token.name}" created; keep the secret above, it is not shown again\n`,
        )
      } finally {
        await store.close()
      }
    })
  tokens
    .command('list')
    .option(db, dbHelp)
    .description('list tokens (never their secrets)')
    .action(async (flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        for (const t of await store.listTokens()) {
          process.stdout.write(
            `${t.id}  ${t.name}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}\n`,
          )
        }
      } finally {
        await store.close()
      }
    })
  tokens
    .command('revoke')
    .argument('<id>', 'the token id from `tokens list`')
    .option(db, dbHelp)
    .description('revoke a token at once')
    .action(async (id: string, flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        if (!(await store.revokeToken(id))) {
          throw new ValidationError(`no live token "${id}"`, { code: 'not_found' })
        }
        process.stdout.write(`revoked ${id}\n`)
      } finally {
        await store.close()
      }
    })
}
