import type { Command } from 'commander'
import { NotFoundError } from '../../core/errors.ts'
import { openStore } from '../../store/open-store.ts'
import { positiveInt } from '../options.ts'

/** `watchdesk related ID`: "See Also" for a stored article. */
export function registerRelated(program: Command): void {
  program
    .command('related')
    .description('articles related to a stored one: shared actors, events and words')
    .argument('<id>', 'article id')
    .option('--limit <n>', 'how many', positiveInt, 8)
    .option('--json', 'print JSON')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (id: string, flags: { limit: number; json?: boolean; db?: string }) => {
      const store = await openStore(flags.db)
      try {
        const items = await store.relatedArticles(id, flags.limit)
        if (!items) {
          throw new NotFoundError(`no article with id "${id}"`)
        }
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ items }, null, 2)}\n`)
          return
        }
        for (const item of items) {
          process.stdout.write(
            `${item.score.toFixed(2)}  ${item.published?.slice(0, 10) ?? '          '}  ${item.title}\n      shares ${item.reasons.actors.join(', ')}${item.reasons.eventRoots.length ? `; events ${item.reasons.eventRoots.join(', ')}` : ''}\n`,
          )
        }
      } finally {
        await store.close()
      }
    })
}
