import type { Command } from 'commander'
import { logger } from '../../core/logger.ts'
import { PageFetcher } from '../../ingest/fetch/page-fetcher.ts'
import { runAlerts } from '../../monitor/alerts.ts'
import { pollDueSources } from '../../monitor/poll-sources.ts'
import { openStore } from '../../store/open-store.ts'
import { loadKb } from '../context.ts'

/** `watchdesk watch [--once]`: polls the registered sources until stopped. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll the registered sources as they fall due, until stopped (Ctrl+C)')
    .option('--once', 'poll every due source once and exit')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (flags: { once?: boolean; db?: string }) => {
      const store = await openStore(flags.db)
      const fetcher = new PageFetcher()
      const kb = loadKb()
      // Set by a signal handler, so held in an object the loop re-reads.
      const state = { stopping: false }
      const stop = (): void => {
        state.stopping = true
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      try {
        do {
          const reports = await pollDueSources({ store, kb, fetcher, now: new Date() })
          const alerts = await runAlerts(store, new Date())
          if (alerts.hits > 0 || alerts.failed > 0) {
            logger.info(
              `alerts: ${alerts.hits} new hits, ${alerts.delivered} webhooks delivered, ${alerts.failed} failed (retried later)`,
            )
          }
          let failed = 0
          for (const report of reports) {
            const ingest = report.ingest
            failed += report.status === 'error' ? 1 : (ingest?.failed.length ?? 0)
            logger.info(
              report.status === 'error'
                ? `${report.source.url}: failed: ${report.error ?? ''}`
                : `${report.source.url}: ${report.newItems} new items${ingest ? `, ${ingest.inserted} stored, ${ingest.duplicates} copies, ${ingest.failed.length} failed` : ''}`,
            )
            for (const failure of ingest?.failed ?? []) {
              logger.info(`  failed: ${failure.label}: ${failure.error}`)
            }
          }
          if (flags.once) {
            process.exitCode = failed > 0 ? 1 : 0
            break
          }
          // Sleep in short steps so that Ctrl+C is felt at once.
          for (let waited = 0; waited < 30_000 && !state.stopping; waited += 1_000) {
            await new Promise((resolve) => setTimeout(resolve, 1_000))
          }
        } while (!state.stopping)
      } finally {
        await store.close()
      }
    })
}
