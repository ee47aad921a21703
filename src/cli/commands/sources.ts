import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import type { Source } from '../../store/source-queries.ts'
import { openStore } from '../../store/open-store.ts'

/** Parses an interval: seconds, or a number with s, m, h or d. */
export function parseInterval(value: string): number {
  const match = /^(\d+)\s*([smhd]?)$/i.exec(value.trim())
  if (!match) {
    throw new ValidationError(`interval "${value}" is not a duration like 900, 15m, 2h or 1d`)
  }
  const seconds =
    Number(match[1]) *
    { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]!.toLowerCase() as '' | 's' | 'm' | 'h' | 'd']
  if (seconds < 60) {
    throw new ValidationError(
      `interval "${value}" is under a minute: polling that often is not polite`,
    )
  }
  return seconds
}

/** `watchdesk sources add|list|remove`: the feeds, sitemaps and pages Watchdesk watches. */
export function registerSources(program: Command): void {
  const sources = program
    .command('sources')
    .description('the feeds, sitemaps and pages that `watchdesk watch` polls')
  sources
    .command('add')
    .description('register a source: RSS, Atom, JSON Feed, a (news) sitemap, or a single page')
    .argument('<url>', 'the source URL')
    .option('--interval <duration>', 'how often to poll: 900, 15m, 2h, 1d', '15m')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (url: string, flags: { interval: string; db?: string }) => {
      try {
        new URL(url)
      } catch {
        throw new ValidationError(`"${url}" is not a URL`)
      }
      if (!/^https?:/i.test(url)) {
        throw new ValidationError(`"${url}" is not an http(s) URL`)
      }
      const interval = parseInterval(flags.interval)
      const store = await openStore(flags.db)
      try {
        const source = await store.addSource(url, interval)
        process.stdout.write(
          `${source.id}  ${source.url}  every ${source.intervalSeconds / 60} min\n`,
        )
      } finally {
        await store.close()
      }
    })
  sources
    .command('list')
    .description('every source with its health: last success, last error, items per day, warnings')
    .option('--json', 'print JSON')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (flags: { json?: boolean; db?: string }) => {
      const store = await openStore(flags.db)
      try {
        const list = await store.listSources()
        process.stdout.write(
          flags.json
            ? `${JSON.stringify(list, null, 2)}\n`
            : list.map(describe).join('\n') + (list.length ? '\n' : 'no sources\n'),
        )
      } finally {
        await store.close()
      }
    })
  sources
    .command('remove')
    .description('stop watching a source (by id or URL)')
    .argument('<source>', 'id or URL')
    .option('--db <location>', 'database (default: $WATCHDESK_DB or ./data/watchdesk.db)')
    .action(async (source: string, flags: { db?: string }) => {
      const store = await openStore(flags.db)
      try {
        if (!(await store.removeSource(source))) {
          throw new ValidationError(`no source "${source}"`, { code: 'not_found' })
        }
        process.stdout.write(`removed ${source}\n`)
      } finally {
        await store.close()
      }
    })
}

function describe(source: Source): string {
  const h = source.health
  const lines = [
    `${source.id}  ${source.url}`,
    `    every ${source.intervalSeconds / 60} min · last success ${source.lastSuccessAt ?? 'never'} · ${h.itemsSeen} items seen, ${h.itemsPerDay}/day · next poll ${source.nextPollAt}`,
  ]
  if (source.lastError) {
    lines.push(`    last error ${source.lastErrorAt ?? ''}: ${source.lastError}`)
  }
  if (h.warning) {
    lines.push(`    WARNING: ${h.warning}`)
  }
  return lines.join('\n')
}
