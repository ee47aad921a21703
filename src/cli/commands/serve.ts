import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import type { Command } from 'commander'
import { createApp } from '../../api/app.ts'
import { readAccessFromEnv } from '../../api/middleware/guard-api.ts'
import { siteConfigFromEnv } from '../../site/outlet-pages.ts'
import { intakeFromEnv, startRetentionCheck } from '../../applications/intake.ts'
import { logger } from '../../core/logger.ts'
import { seedDemoCorpus } from '../../ingest/seed-demo-corpus.ts'
import { openStore } from '../../store/open-store.ts'
import { loadKb } from '../context.ts'
import { positiveInt } from '../options.ts'

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url))

/** `watchdesk serve`: the web UI and API on one port. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the HTTP API on one port')
    .option('--port <n>', 'port (default: $PORT or 8080)', positiveInt)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .option('--seed', 'load the bundled demo corpus when the database is empty')
    .action(async (flags: { port?: number; host: string; db?: string; seed?: boolean }) => {
      const port = flags.port ?? (process.env.PORT ? positiveInt(process.env.PORT) : 8080)
      const store = await openStore(flags.db)
      const kb = loadKb()
      if (flags.seed) {
        const report = await seedDemoCorpus(store, kb)
        if (report) {
          logger.info(
            `loaded the demo corpus: ${report.inserted} articles${report.failed.length ? `, ${report.failed.length} failed` : ''}`,
          )
        }
      }
      const applications = intakeFromEnv()
      const stopRetention = startRetentionCheck({ ...applications, store })
      const reads = readAccessFromEnv()
      const app = createApp({
        store,
        kb,
        webRoot: WEB_ROOT,
        applications,
        reads,
        site: siteConfigFromEnv(),
      })
      if ((await store.accounts.countUsers()) === 0) {
        logger.info('no staff accounts yet: watchdesk users add EMAIL --role admin')
      }
      const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
        logger.info(`Watchdesk is running at http://${flags.host}:${info.port}/ (Ctrl+C stops it)`)
      })
      const stop = (): void => {
        stopRetention()
        server.close()
        void store.close().then(() => process.exit(0))
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
