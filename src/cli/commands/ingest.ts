import type { Command } from 'commander'
import { logger } from '../../core/logger.ts'
import { ingestDocuments } from '../../ingest/ingest-documents.ts'
import { readInputs, type InputKind } from '../../ingest/read-inputs.ts'
import { openStore } from '../../store/open-store.ts'
import { loadKb } from '../context.ts'
import { ProgressBar } from '../progress.ts'

/** `watchdesk ingest PATH...`: extract, analyse and store, idempotently. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract, analyse and store pages and texts (the same URL or text is stored once)')
    .argument(
      '<paths...>',
      'files or directories (.html, .htm, .html.gz, .txt, .jsonl); - for stdin',
    )
    .option('--input <kind>', 'read inputs as html, text or jsonl')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (paths: string[], flags: { input?: InputKind; db?: string }) => {
      const items = [...readInputs(paths, flags.input)]
      const store = await openStore(flags.db)
      const bar = new ProgressBar(items.length)
      try {
        const report = await ingestDocuments(items, {
          store,
          kb: loadKb(),
          onProgress: (done, label) => {
            bar.update(done, label)
          },
        })
        bar.done()
        logger.info(
          `ingested ${items.length} documents: ${report.inserted} new, ${report.duplicates} republished copies, ${report.existing} already stored, ${report.failed.length} failed`,
        )
        for (const failure of report.failed) {
          logger.info(`  failed: ${failure.label}: ${failure.error}`)
        }
        if (report.failed.length > 0) {
          process.exitCode = 1
        }
      } finally {
        await store.close()
      }
    })
}
