import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import {
  eraseApplication,
  exportApplication,
  purgeRejected,
  scanPending,
} from '../../applications/applications.ts'
import { intakeFromEnv } from '../../applications/intake.ts'
import { openStore } from '../../store/open-store.ts'
import type { Store } from '../../store/store.ts'

async function withStore(
  db: string | undefined,
  run: (store: Store) => Promise<void>,
): Promise<void> {
  const store = await openStore(db)
  try {
    await run(store)
  } finally {
    await store.close()
  }
}

/** `watchdesk applications list|purge|scan|export|erase`: contributor applications. */
export function registerApplications(program: Command): void {
  const applications = program.command('applications').description('contributor applications')
  const db = '--db <location>'
  const dbHelp = 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)'
  applications
    .command('list')
    .option(db, dbHelp)
    .description('list applications, newest first')
    .action((flags: { db?: string }) =>
      withStore(flags.db, async (store) => {
        for (const a of await store.applications.list()) {
          process.stdout.write(
            `${a.reference}  ${a.status}  ${a.createdAt}  ${a.name} <${a.email}>\n`,
          )
        }
      }),
    )
  applications
    .command('purge')
    .option(db, dbHelp)
    .description(
      "delete rejected applicants' files past the retention period ($WATCHDESK_CALL retentionMonths, default 6)",
    )
    .action((flags: { db?: string }) =>
      withStore(flags.db, async (store) => {
        const purged = await purgeRejected({ ...intakeFromEnv(), store })
        process.stdout.write(`${purged.length} rejected applications purged\n`)
      }),
    )
  applications
    .command('scan')
    .option(db, dbHelp)
    .description('scan files still waiting, with clamd ($WATCHDESK_CLAMD)')
    .action((flags: { db?: string }) =>
      withStore(flags.db, async (store) => {
        const deps = { ...intakeFromEnv(), store }
        if (!deps.scanner) {
          throw new Error('no scanner: set WATCHDESK_CLAMD (tcp://host:3310 or a socket path)')
        }
        process.stdout.write(`${await scanPending(deps)} files scanned\n`)
      }),
    )
  applications
    .command('export')
    .argument('<reference>', 'the reference (WD-…) or id')
    .option('--out <file>', 'zip to write (default: <reference>.zip)')
    .option(db, dbHelp)
    .description("an applicant's data and files, as a zip")
    .action((reference: string, flags: { db?: string; out?: string }) =>
      withStore(flags.db, async (store) => {
        const { reference: ref, zip } = await exportApplication(reference, {
          ...intakeFromEnv(),
          store,
        })
        const out = flags.out ?? `${ref}.zip`
        await writeFile(out, zip)
        process.stdout.write(`${out}\n`)
      }),
    )
  applications
    .command('erase')
    .argument('<reference>', 'the reference (WD-…) or id')
    .option(db, dbHelp)
    .description('erase an applicant: the application, its history and its files')
    .action((reference: string, flags: { db?: string }) =>
      withStore(flags.db, async (store) => {
        await eraseApplication(reference, { ...intakeFromEnv(), store })
        process.stdout.write(`${reference} erased\n`)
      }),
    )
}
