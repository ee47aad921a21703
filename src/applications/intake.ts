import { logger } from '../core/logger.ts'
import { getMessage } from '../core/errors.ts'
import { FileVault } from '../uploads/file-vault.ts'
import { scannerFromEnv } from '../uploads/scanner.ts'
import { purgeRejected, scanPending, type ApplicationDeps } from './applications.ts'
import { loadCall } from './call-config.ts'

/** Where uploaded files are kept: `WATCHDESK_UPLOADS`, else ./data/uploads (outside web/dist). */
export const DEFAULT_UPLOADS = './data/uploads'

/** Application intake as the environment configures it (vault, call, clamd scanner). */
export function intakeFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Omit<ApplicationDeps, 'store'> {
  return {
    vault: new FileVault(env.WATCHDESK_UPLOADS ?? DEFAULT_UPLOADS),
    call: loadCall(env.WATCHDESK_CALL),
    scanner: scannerFromEnv(env),
    mailer: null,
  }
}

/**
 * The server's periodic check: scans files still waiting and purges rejected applicants' files
 * past the retention period, now and then every `everyMs` (default hourly). Returns a stop.
 */
export function startRetentionCheck(deps: ApplicationDeps, everyMs = 60 * 60 * 1000): () => void {
  const run = async (): Promise<void> => {
    try {
      const scanned = await scanPending(deps)
      const purged = await purgeRejected(deps)
      if (scanned || purged.length) {
        logger.info(
          `applications: ${scanned} files scanned, ${purged.length} rejected applications purged`,
        )
      }
    } catch (error: unknown) {
      logger.warn(`applications check failed: ${getMessage(error)}`)
    }
  }
  void run()
  const timer = setInterval(() => void run(), everyMs)
  timer.unref()
  return () => {
    clearInterval(timer)
  }
}
