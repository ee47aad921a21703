import type { Command } from 'commander'
import { checkDay } from '../../core/day.ts'
import { ValidationError } from '../../core/errors.ts'
import { openStore } from '../../store/open-store.ts'
import type { SearchQuery } from '../../store/store.ts'
import { positiveInt } from '../options.ts'

interface SearchFlags {
  json?: boolean
  limit: number
  offset: number
  actor?: string
  country?: string
  event?: string
  source?: string
  language?: string
  from?: string
  to?: string
  sort: string
  db?: string
}

/** `watchdesk search QUERY`: full-text search with filters and facets. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles, with filters and facets')
    .argument('<query>', 'words to find; "quoted phrases" stay phrases')
    .option('--actor <id>', 'articles mentioning this actor')
    .option('--country <iso3>', 'articles mentioning an actor of this country')
    .option('--event <root>', 'articles with an event of this CAMEO root, e.g. 19')
    .option('--source <domain>', 'articles of this outlet')
    .option('--language <code>', 'articles in this language (ISO 639-1)')
    .option('--from <date>', 'published on or after YYYY-MM-DD')
    .option('--to <date>', 'published on or before YYYY-MM-DD')
    .option('--sort <order>', 'relevance or date', 'relevance')
    .option('--json', 'print {total, items, facets, facetsOver, rankedOver} as JSON')
    .option('--limit <n>', 'results per page', positiveInt, 20)
    .option('--offset <n>', 'results to skip', positiveInt, 0)
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (query: string, flags: SearchFlags) => {
      const request = toRequest(query, flags)
      const store = await openStore(flags.db)
      try {
        const page = await store.search(request)
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(page, null, 2)}\n`)
          return
        }
        process.stdout.write(`${page.total} articles match ${JSON.stringify(query)}\n`)
        if (page.rankedOver < page.total) {
          process.stdout.write(
            `best matches among the newest ${page.rankedOver}: narrow the search or --sort date to reach older ones\n`,
          )
        }
        for (const hit of page.items) {
          const snippet = hit.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('')
          process.stdout.write(
            `\n${hit.published?.slice(0, 10) ?? '          '}  ${hit.title}  (${hit.source.name ?? hit.source.domain ?? 'unknown'})\n  id ${hit.id}\n  ${snippet}\n`,
          )
        }
        const facet = (name: string, values: { label: string; count: number }[]): string =>
          values.length
            ? `  ${name}: ${values.map((v) => `${v.label} (${v.count})`).join(', ')}\n`
            : ''
        const over = page.facetsOver < page.total ? ` (over the newest ${page.facetsOver})` : ''
        process.stdout.write(
          `\nfacets${over}\n${facet('actors', page.facets.actors)}${facet('countries', page.facets.countries)}${facet('event roots', page.facets.eventRoots)}${facet('outlets', page.facets.sources)}${facet('languages', page.facets.languages)}`,
        )
      } finally {
        await store.close()
      }
    })
}

function toRequest(q: string, flags: SearchFlags): SearchQuery {
  checkDay('--from', flags.from)
  checkDay('--to', flags.to)
  if (flags.sort !== 'relevance' && flags.sort !== 'date') {
    throw new ValidationError(`--sort "${flags.sort}" is not relevance or date`)
  }
  if (flags.event !== undefined && !/^\d{2}$/.test(flags.event)) {
    throw new ValidationError(`--event "${flags.event}" is not a two-digit CAMEO root`)
  }
  return {
    q,
    limit: flags.limit,
    offset: flags.offset,
    sort: flags.sort,
    actor: flags.actor,
    country: flags.country?.toUpperCase(),
    eventRoot: flags.event,
    source: flags.source,
    language: flags.language,
    from: flags.from,
    to: flags.to,
  }
}
