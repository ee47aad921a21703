import { hostname } from 'node:os'
import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { logger } from '../../core/logger.ts'
import { PageFetcher } from '../../ingest/fetch/page-fetcher.ts'
import { drainQueue } from '../../monitor/worker.ts'
import { openStore } from '../../store/open-store.ts'
import { loadKb } from '../context.ts'

/** `watchdesk enqueue URL...` and `watchdesk worker [--once]`: the shared work queue. */
export function registerWorker(program: Command): void {
  const db = [
    '--db <location>',
    'database (default: $WATCHDESK_DB or ./data/watchdesk.db)',
  ] as const
  program
    .command('enqueue')
    .description('queue URLs (pages or feeds) for `watchdesk worker` processes to ingest')
    .argument('<urls...>', 'http(s) URLs')
    .option(...db)
    .action(async (urls: string[], flags: { db?: string }) => {
      const bad = urls.find((u) => !/^https?:\/\/\S+$/i.test(u))
      if (bad) {
        throw new ValidationError(`"${bad}" is not an http(s) URL`)
      }
      const store = await openStore(flags.db)
      try {
        const ids = await store.enqueueUrls(urls)
        process.stdout.write(`queued ${ids.length} jobs\n`)
      } finally {
        await store.close()
      }
    })
  program
    .command('worker')
    .description(
      'take jobs from the queue (on PostgreSQL, many workers on many machines share it; no job is taken twice)',
    )
    .option('--once', 'stop when no job is due')
    .option(...db)
    .action(async (flags: { once?: boolean; db?: string }) => {
      const store = await openStore(flags.db)
      const name = `${hostname()}:${process.pid}`
      const state = { stopping: false }
      process.once('SIGINT', () => (state.stopping = true))
      process.once('SIGTERM', () => (state.stopping = true))
      try {
        do {
          const { done, failed } = await drainQueue({
            store,
            kb: loadKb(),
            fetcher: new PageFetcher(),
            name,
          })
          if (done + failed > 0) {
            logger.info(`worker ${name}: ${done} jobs done, ${failed} failed (retried later)`)
          }
          if (flags.once) {
            break
          }
          await new Promise((resolve) => setTimeout(resolve, 5_000))
        } while (!state.stopping)
        const counts = await store.jobCounts()
        logger.info(
          `queue: ${counts.queued} queued, ${counts.running} running, ${counts.done} done, ${counts.failed} failed`,
        )
      } finally {
        await store.close()
      }
    })
}
