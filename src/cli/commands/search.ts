import type { Command } from 'commander'
import { openStore } from '../../store/open-store.ts'
import { positiveInt } from '../options.ts'

/** `watchdesk search QUERY`: full-text search of the store. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles')
    .argument('<query>', 'words to find; "quoted phrases" stay phrases')
    .option('--json', 'print {total, items} as JSON')
    .option('--limit <n>', 'results per page', positiveInt, 20)
    .option('--offset <n>', 'results to skip', positiveInt, 0)
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(
      async (
        query: string,
        flags: { json?: boolean; limit: number; offset: number; db?: string },
      ) => {
        const store = await openStore(flags.db)
        try {
          const page = await store.search({ q: query, limit: flags.limit, offset: flags.offset })
          if (flags.json) {
            process.stdout.write(`${JSON.stringify(page, null, 2)}\n`)
            return
          }
          process.stdout.write(`${page.total} articles match ${JSON.stringify(query)}\n`)
          for (const hit of page.items) {
            const snippet = hit.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('')
            process.stdout.write(
              `\n${hit.published?.slice(0, 10) ?? '          '}  ${hit.title}  (${hit.source.name ?? hit.source.domain ?? 'unknown'})\n  id ${hit.id}\n  ${snippet}\n`,
            )
          }
        } finally {
          await store.close()
        }
      },
    )
}
