import { createWriteStream } from 'node:fs'
import type { Command } from 'commander'
import { checkDay } from '../../core/day.ts'
import { exportFormat, exportLines, EXPORT_FORMATS } from '../../export/export-formats.ts'
import { openStore } from '../../store/open-store.ts'

interface ExportFlags {
  format: string
  out?: string
  from?: string
  to?: string
  actor?: string
  db?: string
}

/** `watchdesk export --format jsonl|csv|events-tsv`: every stored record, streamed, no cap. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write stored articles, streamed, with no cap (docs/export.md)')
    .requiredOption(
      '--format <format>',
      `${EXPORT_FORMATS.join(' | ')}: records, one row per article, or one row per event (GDELT-like)`,
    )
    .option('--from <date>', 'published on or after YYYY-MM-DD')
    .option('--to <date>', 'published on or before YYYY-MM-DD')
    .option('--actor <id>', 'only articles that mention this actor')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (flags: ExportFlags) => {
      const format = exportFormat(flags.format)
      checkDay('--from', flags.from)
      checkDay('--to', flags.to)
      const store = await openStore(flags.db)
      const out: NodeJS.WritableStream = flags.out ? createWriteStream(flags.out) : process.stdout
      const filter = {
        ...(flags.from ? { from: flags.from } : {}),
        ...(flags.to ? { to: flags.to } : {}),
        ...(flags.actor ? { actor: flags.actor } : {}),
      }
      try {
        for await (const line of exportLines(format, store.exportRecords(filter))) {
          if (!out.write(line)) {
            await new Promise<void>((resolve) =>
              out.once('drain', () => {
                resolve()
              }),
            )
          }
        }
      } finally {
        await store.close()
        if (out !== process.stdout) {
          await new Promise<void>((resolve) =>
            out.end(() => {
              resolve()
            }),
          )
        }
      }
    })
}
