import { randomBytes } from 'node:crypto'
import { createInterface } from 'node:readline'
import type { Command } from 'commander'
import { ROLES } from '../../auth/account-repository.ts'
import { ValidationError } from '../../core/errors.ts'
import { openStore } from '../../store/open-store.ts'

const db = '--db <location>'
const dbHelp = 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)'

/** The first line of stdin (for `--password-stdin`, as `docker login` takes it). */
async function readStdinLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin })
  for await (const line of lines) {
    lines.close()
    return line
  }
  throw new ValidationError('--password-stdin: stdin was empty')
}

/** Asks for a password twice on the terminal without echoing it. */
async function promptPassword(): Promise<string> {
  const ask = (question: string): Promise<string> =>
    new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
      const output = rl as unknown as { _writeToOutput: (text: string) => void }
      output._writeToOutput = (text: string) => {
        // Echo the prompt, not what is typed.
        if (text.includes(question)) {
          process.stderr.write(text)
        }
      }
      rl.question(question, (answer) => {
        rl.close()
        process.stderr.write('\n')
        resolve(answer)
      })
    })
  const first = await ask('Password: ')
  const second = await ask('Again: ')
  if (first !== second) {
    throw new ValidationError('the two passwords differ')
  }
  return first
}

/** `watchdesk users add|list|remove|role`: staff accounts; `users add` bootstraps the first admin. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('staff accounts: admin, editor, analyst')
  users
    .command('add')
    .argument('<email>', 'their e-mail address, which is also their login')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'the name shown in the desk (default: the e-mail)')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .option('--generate', 'make a random password and print it once')
    .option(db, dbHelp)
    .description('add a user; asks for the password unless --password-stdin or --generate')
    .action(
      async (
        email: string,
        flags: {
          role: string
          name?: string
          passwordStdin?: boolean
          generate?: boolean
          db?: string
        },
      ) => {
        let password: string
        if (flags.generate) {
          password = randomBytes(15).toString('base64url')
        } else if (flags.passwordStdin) {
          password = await readStdinLine()
        } else if (process.stdin.isTTY) {
          password = await promptPassword()
        } else {
          throw new ValidationError(
            'no password: pass --password-stdin (and pipe it in) or --generate, or run in a terminal',
          )
        }
        const store = await openStore(flags.db)
        try {
          const user = await store.accounts.createUser({
            email,
            name: flags.name ?? '',
            role: flags.role,
            password,
          })
          if (flags.generate) {
            process.stdout.write(`${password}\n`)
          }
          process.stderr.write(
            `user ${user.email} (${user.role}) added${flags.generate ? '; keep the password above, it is not shown again' : ''}\n`,
          )
        } finally {
          await store.close()
        }
      },
    )
  users
    .command('list')
    .option('--json', 'one JSON array')
    .option(db, dbHelp)
    .description('list users (never their passwords)')
    .action(async (flags: { json?: boolean; db?: string }) => {
      const store = await openStore(flags.db)
      try {
        const all = await store.accounts.listUsers()
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(all, null, 2)}\n`)
          return
        }
        for (const u of all) {
          process.stdout.write(
            `${u.email}  ${u.role}  ${u.name}${u.totpEnabled ? '  totp' : ''}  added ${u.createdAt}\n`,
          )
        }
        if (all.length === 0) {
          process.stderr.write('no users yet: watchdesk users add EMAIL --role admin\n')
        }
      } finally {
        await store.close()
      }
    })
  users
    .command('role')
    .argument('<email>', 'the user')
    .argument('<role>', `one of ${ROLES.join(', ')}`)
    .option(db, dbHelp)
    .description("change a user's role")
    .action(async (email: string, role: string, flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        const user = await store.accounts.findUser(email)
        if (!user) {
          throw new ValidationError(`no user "${email}"`, { code: 'not_found' })
        }
        const changed = await store.accounts.setRole(user.id, role)
        process.stdout.write(`${changed.email} is now ${changed.role}\n`)
      } finally {
        await store.close()
      }
    })
  users
    .command('remove')
    .argument('<email>', 'the user')
    .option(db, dbHelp)
    .description('remove a user: their sessions end and their tokens are revoked at once')
    .action(async (email: string, flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        const user = await store.accounts.findUser(email)
        if (!user || !(await store.accounts.removeUser(user.id))) {
          throw new ValidationError(`no user "${email}"`, { code: 'not_found' })
        }
        process.stdout.write(`removed ${user.email}\n`)
      } finally {
        await store.close()
      }
    })
}
