import type { Command } from 'commander'
import { logger } from '../../core/logger.ts'
import { ingestDocuments } from '../../ingest/ingest-documents.ts'
import { archiveInputs, isArchive } from '../../ingest/archives/archive-inputs.ts'
import { fetchInputs } from '../../ingest/fetch-inputs.ts'
import { runAlerts } from '../../monitor/alerts.ts'
import { PageFetcher } from '../../ingest/fetch/page-fetcher.ts'
import { readInputs, type InputItem, type InputKind } from '../../ingest/read-inputs.ts'
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
      'files or directories (.html, .htm, .html.gz, .txt), archives streamed and resumable (.jsonl, .warc, .warc.gz), - for stdin, or http(s) URLs of pages and feeds (RSS, Atom, JSON Feed, sitemaps)',
    )
    .option('--input <kind>', 'read inputs as html, text or jsonl')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (paths: string[], flags: { input?: InputKind; db?: string }) => {
      const urls = paths.filter((p) => /^https?:\/\//i.test(p))
      const archives = paths.filter(
        (p) => !urls.includes(p) && isArchive(p) && flags.input === undefined,
      )
      const files = [
        ...readInputs(
          paths.filter((p) => !urls.includes(p) && !archives.includes(p)),
          flags.input,
        ),
      ]
      const store = await openStore(flags.db)
      // Feeds expand into an unknown number of pages: the bar then counts without a total.
      const bar = new ProgressBar(urls.length > 0 || archives.length > 0 ? 0 : files.length)
      let seen = 0
      async function* everything(): AsyncGenerator<InputItem> {
        yield* files
        for (const archive of archives) {
          yield* archiveInputs(archive)
        }
        yield* fetchInputs(urls, new PageFetcher())
      }
      try {
        const report = await ingestDocuments(everything(), {
          store,
          kb: loadKb(),
          onProgress: (done, label) => {
            seen = done
            bar.update(done, label)
          },
        })
        bar.done()
        logger.info(
          `ingested ${seen} documents: ${report.inserted} new, ${report.duplicates} republished copies, ${report.existing} already stored, ${report.failed.length} failed`,
        )
        for (const failure of report.failed) {
          logger.info(`  failed: ${failure.label}: ${failure.error}`)
        }
        if (report.failed.length > 0) {
          process.exitCode = 1
        }
        const alerts = await runAlerts(store, new Date())
        if (alerts.hits > 0) {
          logger.info(
            `alerts: ${alerts.hits} new hits, ${alerts.delivered} webhooks delivered, ${alerts.failed} failed (retried later)`,
          )
        }
      } finally {
        await store.close()
      }
    })
}
