import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { isMailAddress } from '../../mail/mailer.ts'
import type { EventRule } from '../../store/alert-queries.ts'
import { openStore } from '../../store/open-store.ts'

interface AddFlags {
  name?: string
  query?: string
  webhook?: string
  email?: string
  dyad?: string
  maxGoldstein?: string
  root?: string
  answersTo?: string
  db?: string
}

/** `watchdesk alerts add|list|remove|deliveries`: saved searches and event rules. */
export function registerAlerts(program: Command): void {
  const alerts = program
    .command('alerts')
    .description('saved searches and event rules, delivered by webhook, e-mail and Atom feed')
  const dbFlag = [
    '--db <location>',
    'database (default: $WATCHDESK_DB or ./data/watchdesk.db)',
  ] as const
  alerts
    .command('add')
    .description('alert on new articles that match a search and/or an event rule')
    .option('--name <name>', 'a name for the alert')
    .option('--query <query>', 'a search, as for `watchdesk search`')
    .option('--dyad <A-B>', 'events between two countries (ISO3), e.g. ARM-AZE')
    .option('--max-goldstein <n>', 'events at or below this Goldstein score, e.g. -5')
    .option('--root <root>', 'events of one CAMEO root, e.g. 19')
    .option('--answers-to <actor>', "a new answer to this actor's statements, e.g. nikol-pashinyan")
    .option('--webhook <url>', 'POST each hit as JSON to this URL')
    .option('--email <address>', 'mail each hit there (needs WATCHDESK_SMTP_URL)')
    .option(...dbFlag)
    .action(async (flags: AddFlags) => {
      const eventRule = readRule(flags)
      if (!flags.query && !eventRule) {
        throw new ValidationError(
          'an alert needs --query, an event rule (--dyad, --max-goldstein, --root, --answers-to), or both',
        )
      }
      if (flags.webhook !== undefined && !/^https?:\/\/\S+$/i.test(flags.webhook)) {
        throw new ValidationError(`--webhook "${flags.webhook}" is not an http(s) URL`)
      }
      if (flags.email !== undefined && !isMailAddress(flags.email)) {
        throw new ValidationError(`--email "${flags.email}" is not an e-mail address`)
      }
      const store = await openStore(flags.db)
      try {
        const alert = await store.createAlert({
          name: flags.name ?? flags.query ?? 'event rule',
          query: flags.query ?? null,
          eventRule,
          webhook: flags.webhook ?? null,
          email: flags.email ?? null,
        })
        process.stdout.write(
          `${alert.id}  ${alert.name}  (feed: /api/alerts/${alert.id}/feed.atom)\n`,
        )
      } finally {
        await store.close()
      }
    })
  alerts
    .command('list')
    .option('--json', 'print JSON')
    .option(...dbFlag)
    .action(async (flags: { json?: boolean; db?: string }) => {
      const store = await openStore(flags.db)
      try {
        const list = await store.listAlerts()
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(list, null, 2)}\n`
            : list
                .map(
                  (a) =>
                    `${a.id}  ${a.name}${a.query ? `  query: ${a.query}` : ''}${a.eventRule ? `  rule: ${JSON.stringify(a.eventRule)}` : ''}${a.webhook ? `  → ${a.webhook}` : ''}${a.email ? `  ✉ ${a.email}` : ''}\n`,
                )
                .join(''),
        )
      } finally {
        await store.close()
      }
    })
  alerts
    .command('remove')
    .argument('<id>')
    .option(...dbFlag)
    .action(async (id: string, flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        if (!(await store.deleteAlert(id))) {
          throw new ValidationError(`no alert "${id}"`, { code: 'not_found' })
        }
        process.stdout.write(`removed ${id}\n`)
      } finally {
        await store.close()
      }
    })
  alerts
    .command('deliveries')
    .description('the delivery log of an alert: every attempt, its status and error')
    .argument('<id>')
    .option(...dbFlag)
    .action(async (id: string, flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        for (const d of await store.listDeliveries(id)) {
          process.stdout.write(
            `${d.createdAt}  ${d.status}  ${d.attempts} attempt(s)  ${d.target}  article ${d.articleId}${d.lastError ? `  error: ${d.lastError}` : ''}\n`,
          )
        }
      } finally {
        await store.close()
      }
    })
}

function readRule(flags: AddFlags): EventRule | null {
  const rule: EventRule = {}
  if (flags.dyad) {
    const pair = /^([A-Z]{3})-([A-Z]{3})$/.exec(flags.dyad.toUpperCase())
    if (!pair) {
      throw new ValidationError(`--dyad "${flags.dyad}" is not two ISO3 codes like ARM-AZE`)
    }
    rule.dyad = [pair[1]!, pair[2]!]
  }
  if (flags.maxGoldstein !== undefined) {
    const value = Number(flags.maxGoldstein)
    if (!Number.isFinite(value) || value < -10 || value > 10) {
      throw new ValidationError(
        `--max-goldstein "${flags.maxGoldstein}" is not a number from -10 to 10`,
      )
    }
    rule.maxGoldstein = value
  }
  if (flags.root !== undefined) {
    if (!/^\d{2}$/.test(flags.root)) {
      throw new ValidationError(`--root "${flags.root}" is not a two-digit CAMEO root`)
    }
    rule.root = flags.root
  }
  if (flags.answersTo !== undefined) {
    rule.answersTo = flags.answersTo
  }
  return Object.keys(rule).length > 0 ? rule : null
}
