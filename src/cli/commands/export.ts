import { createWriteStream } from 'node:fs'
import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { openStore } from '../../store/open-store.ts'

/** `watchdesk export --format jsonl`: every stored record, streamed. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write every stored Article Record, streamed, with no cap')
    .requiredOption('--format <format>', 'jsonl (one record per line)')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (flags: { format: string; out?: string; db?: string }) => {
      if (flags.format !== 'jsonl') {
        throw new ValidationError(`--format "${flags.format}" is not supported: use jsonl`)
      }
      const store = await openStore(flags.db)
      const out: NodeJS.WritableStream = flags.out ? createWriteStream(flags.out) : process.stdout
      try {
        for await (const record of store.exportRecords()) {
          if (!out.write(`${JSON.stringify(record)}\n`)) {
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
