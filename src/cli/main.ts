import { Command, CommanderError } from 'commander'
import { AppError, getMessage } from '../core/errors.ts'
import { logger } from '../core/logger.ts'
import { registerAlerts } from './commands/alerts.ts'
import { registerApplications } from './commands/applications.ts'
import { registerExport } from './commands/export.ts'
import { registerExtract } from './commands/extract.ts'
import { registerIngest } from './commands/ingest.ts'
import { registerKb } from './commands/kb.ts'
import { registerRelated } from './commands/related.ts'
import { registerSearch } from './commands/search.ts'
import { registerServe } from './commands/serve.ts'
import { registerSources } from './commands/sources.ts'
import { registerTokens } from './commands/tokens.ts'
import { registerUsers } from './commands/users.ts'
import { registerWatch } from './commands/watch.ts'
import { registerWorker } from './commands/worker.ts'

const program = new Command()
  .name('watchdesk')
  .description('Watchdesk: political news as records of actors, quotes, responses and coded events')
  .version('0.1.0')
  .exitOverride()
registerExtract(program)
registerIngest(program)
registerSearch(program)
registerRelated(program)
registerExport(program)
registerServe(program)
registerSources(program)
registerWatch(program)
registerTokens(program)
registerUsers(program)
registerApplications(program)
registerAlerts(program)
registerWorker(program)
registerKb(program)

try {
  await program.parseAsync()
} catch (error: unknown) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode
  } else {
    logger.error(error instanceof AppError ? error.message : getMessage(error))
    process.exitCode = 1
  }
}
