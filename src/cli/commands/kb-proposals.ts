import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { decideRoleProposal } from '../../kb/proposal-decisions.ts'
import type { RoleProposal } from '../../kb/role-change.ts'
import { writableKbDir } from '../../kb/user-pack.ts'
import { openStore } from '../../store/open-store.ts'
import { loadKb } from '../context.ts'
import { positiveInt } from '../options.ts'

const STATUSES = new Set(['pending', 'accepted', 'rejected', 'all'])

/** `watchdesk kb proposals [list|accept ID|reject ID]`: role changes read in the news. */
export function registerProposals(kb: Command): void {
  kb.command('proposals')
    .description('role changes read in stored articles: list, accept or reject them')
    .argument('[action]', 'list | accept | reject', 'list')
    .argument('[id]', 'the proposal id, for accept and reject')
    .option('--status <status>', 'pending | accepted | rejected | all (list)', 'pending')
    .option('--limit <n>', 'proposals per page', positiveInt, 50)
    .option('--offset <n>', 'proposals to skip', positiveInt, 0)
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .option('--json', 'print JSON')
    .action(
      async (
        action: string,
        id: string | undefined,
        flags: { status: string; limit: number; offset: number; db?: string; json?: boolean },
      ) => {
        if (!['list', 'accept', 'reject'].includes(action)) {
          throw new ValidationError(
            `kb proposals: action "${action}" is not one of list, accept, reject`,
          )
        }
        if (!STATUSES.has(flags.status)) {
          throw new ValidationError(
            `--status "${flags.status}" is not one of ${[...STATUSES].join(', ')}`,
          )
        }
        const store = await openStore(flags.db)
        try {
          if (action === 'list') {
            const status =
              flags.status === 'all' ? undefined : (flags.status as RoleProposal['status'])
            const page = await store.listProposals({
              limit: flags.limit,
              offset: flags.offset,
              ...(status ? { status } : {}),
            })
            process.stdout.write(
              flags.json
                ? `${JSON.stringify(page, null, 2)}\n`
                : `${page.total} ${flags.status} proposals\n${page.items.map(line).join('\n')}\n`,
            )
            return
          }
          if (!id) {
            throw new ValidationError(`kb proposals ${action}: give the proposal id`)
          }
          const result = await decideRoleProposal(
            { store, kb: loadKb(), kbDir: writableKbDir() },
            id,
            action === 'accept' ? 'accept' : 'reject',
          )
          process.stdout.write(
            flags.json
              ? `${JSON.stringify(result, null, 2)}\n`
              : `${result.proposal.status} ${id}${result.entry ? `: ${result.entry.id} written to the user pack` : ''}\n`,
          )
        } finally {
          await store.close()
        }
      },
    )
}

function line(p: RoleProposal): string {
  const what = p.change === 'start' ? `became ${p.title ?? '?'}` : `left ${p.title ?? 'office'}`
  return `${p.id}  ${p.date ?? '          '}  ${p.personName} ${what}${p.org ? ` (${p.org})` : ''}  [${p.status}]\n    “${p.evidence.text.slice(0, 160)}”`
}
