import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { checkEligibility } from '../../kb/eligibility.ts'
import { importKbFile } from '../../kb/import-file.ts'
import type { KbEntry, KbMembership } from '../../kb/kb-types.ts'
import { describeEntry } from '../../kb/describe-entry.ts'
import { writableKbDir } from '../../kb/user-pack.ts'
import { loadKb } from '../context.ts'
import { registerProposals } from './kb-proposals.ts'

const STATUSES = new Set(['member', 'observer', 'partner', 'suspended', 'frozen', 'former'])

/**
 * `watchdesk kb show ID | search NAME | members ORG [--on DATE] | eligibility … | import FILE |
 * proposals …`: the knowledge base from the command line.
 */
export function registerKb(program: Command): void {
  const kb = program.command('kb').description('the knowledge base: actors, roles, memberships')
  kb.command('show')
    .description('one entry, with its roles and memberships')
    .argument('<id>', 'KB id: ARM, CSTO, AZE-MFA, nikol-pashinyan')
    .option('--json', 'print the entry as JSON')
    .action((id: string, flags: { json?: boolean }) => {
      const entry = loadKb().get(id)
      if (!entry) {
        throw new ValidationError(
          `no knowledge-base entry with id "${id}" (try: watchdesk kb search)`,
          { code: 'not_found' },
        )
      }
      print(flags.json ? entry : describeEntry(entry), flags.json)
    })
  kb.command('search')
    .description('entries whose id, name or alias contains NAME')
    .argument('<name>')
    .option('--json', 'print the entries as JSON')
    .action((name: string, flags: { json?: boolean }) => {
      const found = loadKb().search(name)
      print(
        flags.json ? found : found.map(oneLine).join('\n') || `nothing matches "${name}"`,
        flags.json,
      )
    })
  kb.command('members')
    .description("an organisation's member, observer and partner states")
    .argument('<org>', 'organisation id: CSTO, EAEU, NATO')
    .option('--on <date>', 'YYYY-MM-DD (default: the current state of the pack)', isoDate)
    .option('--json', 'print the memberships as JSON')
    .action((org: string, flags: { on?: string; json?: boolean }) => {
      const base = loadKb()
      if (base.get(org)?.kind !== 'organization') {
        throw new ValidationError(`no organisation with id "${org}" in the knowledge base`, {
          code: 'not_found',
        })
      }
      const members = base.membersOn(org, flags.on ?? null)
      print(
        flags.json
          ? { org, on: flags.on ?? null, members }
          : members.map((m) => membershipLine(base.get(m.country), m)).join('\n'),
        flags.json,
      )
    })
  kb.command('eligibility')
    .description("whether a state meets an organisation's membership rules on a date")
    .requiredOption('--org <id>', 'organisation id')
    .requiredOption('--candidate <iso3>', 'the candidate state')
    .option('--status <status>', 'member | observer | partner', 'member')
    .option('--on <date>', 'YYYY-MM-DD', isoDate)
    .option('--json', 'print the answer as JSON')
    .action(
      (flags: { org: string; candidate: string; status: string; on?: string; json?: boolean }) => {
        if (!STATUSES.has(flags.status)) {
          throw new ValidationError(
            `--status "${flags.status}" is not one of ${[...STATUSES].join(', ')}`,
          )
        }
        const answer = checkEligibility(loadKb(), {
          org: flags.org,
          candidate: flags.candidate,
          status: flags.status as KbMembership['status'],
          on: flags.on ?? null,
        })
        const text = `${answer.candidate} ${answer.eligible ? 'is' : 'is not'} eligible for ${answer.status} status in ${answer.org}${answer.on ? ` on ${answer.on}` : ''}${answer.reasons.map((r) => `\n  - ${r.rule} Lacking: ${r.lacking.join(', ')}`).join('')}`
        print(flags.json ? answer : text, flags.json)
      },
    )
  kb.command('import')
    .description('import a JSON pack file or a CSV of entries into the user pack')
    .argument('<file>', '.json (entries, relations or rules) or .csv (see docs/knowledge-base.md)')
    .option(
      '--dir <dir>',
      'user pack directory (default: the last of $WATCHDESK_KB, else ./data/kb)',
    )
    .action((file: string, flags: { dir?: string }) => {
      const result = importKbFile(file, flags.dir ?? writableKbDir())
      process.stdout.write(
        `imported ${result.entries} entries, ${result.relations} relations and ${result.rules} rules into ${result.dir}\n`,
      )
    })
  registerProposals(kb)
}

function print(value: unknown, json: boolean | undefined): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${String(value)}\n`)
}

function oneLine(entry: KbEntry): string {
  return `${entry.id.padEnd(28)} ${entry.kind.padEnd(12)} ${entry.name}`
}

function membershipLine(country: KbEntry | undefined, m: KbMembership): string {
  return `${m.country}  ${(country?.name ?? m.country).padEnd(24)} ${m.status.padEnd(9)} ${m.from ?? '?'} – ${m.to ?? ''}`
}

/** Parses a `YYYY-MM-DD` option, naming the bad value. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ValidationError(`"${value}" is not a date of the form YYYY-MM-DD`)
  }
  return value
}
