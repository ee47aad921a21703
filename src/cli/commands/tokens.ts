import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { openStore } from '../../store/open-store.ts'
import { TOKEN_SCOPES, type TokenScope } from '../../store/token-queries.ts'

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
    .option(
      '--user <email>',
      "the user it acts for, with that user's role (default: a service token, no role)",
    )
    .option('--scope <scopes>', 'read, write or read,write', 'read,write')
    .option(db, dbHelp)
    .description('create a token; its secret is shown once and stored only hashed')
    .action(async (name: string, flags: { db?: string; user?: string; scope: string }) => {
      const scopes = flags.scope.split(',').map((s) => s.trim())
      const unknown = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s))
      if (unknown.length > 0 || scopes.length === 0) {
        throw new ValidationError(
          `unknown scope "${unknown.join(',')}": use read, write or read,write`,
        )
      }
      const store = await openStore(flags.db)
      try {
        const user = flags.user ? await store.accounts.findUser(flags.user) : null
        if (flags.user && !user) {
          throw new ValidationError(`no user "${flags.user}" (watchdesk users list)`, {
            code: 'not_found',
          })
        }
        const { token, secret } = await store.createToken(name, {
          userId: user?.id ?? null,
          scopes: scopes as TokenScope[],
        })
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
            `${t.id}  ${t.name}  ${t.scopes.join(',')}  ${t.userId ? `user ${t.userId}` : 'service'}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}\n`,
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
