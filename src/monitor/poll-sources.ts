import { errorCode, getMessage } from '../core/errors.ts'
import { logger } from '../core/logger.ts'
import { decodePage } from '../extract/decode.ts'
import { feedItems, fetchItem, looksLikeFeed } from '../ingest/fetch-inputs.ts'
import type { PageFetcher } from '../ingest/fetch/page-fetcher.ts'
import { ingestDocuments, type IngestReport } from '../ingest/ingest-documents.ts'
import type { InputItem } from '../ingest/read-inputs.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { Source } from '../store/source-queries.ts'
import type { Store } from '../store/store.ts'
import { countFetches, MetricTally } from './metrics.ts'

/** What polling one source did. */
export interface PollReport {
  source: Source
  /** `not_modified`: the server answered 304, or listed nothing new. */
  status: 'new_items' | 'not_modified' | 'error'
  newItems: number
  ingest: IngestReport | null
  error: string | null
}

/** What a poll needs. */
export interface PollOptions {
  store: Store
  kb: KnowledgeBase
  fetcher: PageFetcher
  now: Date
}

/**
 * Polls every source that is due: a conditional GET of the feed (a 304 adds nothing), the
 * items it lists that this source never listed before, each page fetched, extracted and
 * stored. Failures are recorded on the source (its health shows them) and never stop the
 * other sources.
 */
export async function pollDueSources(options: PollOptions): Promise<PollReport[]> {
  const reports: PollReport[] = []
  const tally = new MetricTally()
  for (const source of await options.store.dueSources(options.now)) {
    reports.push(await pollSource(source, options, tally))
  }
  // Counting must never cost the poll what it stored: a failed write is logged and dropped.
  await options.store.addMetrics(tally.increments()).catch((error: unknown) => {
    logger.warn(`metrics not recorded: ${getMessage(error)}`)
  })
  return reports
}

async function pollSource(
  source: Source,
  { store, kb, fetcher, now }: PollOptions,
  tally: MetricTally,
): Promise<PollReport> {
  try {
    const page = await fetcher.fetch(source.url, {
      etag: source.etag,
      lastModified: source.lastModified,
    })
    tally.add('watchdesk_fetches_total', { outcome: page.status })
    if (page.status === 'not_modified') {
      await store.recordPoll(source, { ok: true }, now)
      return { source, status: 'not_modified', newItems: 0, ingest: null, error: null }
    }
    const text = decodePage(page.bytes, page.contentType)
    const listed = looksLikeFeed(text, page.contentType)
      ? await feedItems(text, page.url, fetcher)
      : null
    const urls = listed ? listed.map((item) => item.url) : [page.url]
    const fresh = new Set(await store.newItems(source.id, urls, now))
    const inputs: InputItem[] = []
    if (listed) {
      for (const item of listed.filter((i) => fresh.has(i.url))) {
        for await (const input of countFetches(fetchItem(item, fetcher), tally)) {
          inputs.push(input)
        }
      }
    } else if (fresh.size > 0) {
      inputs.push({ label: page.url, document: { url: page.url, html: text } })
    }
    const ingest = inputs.length > 0 ? await ingestDocuments(inputs, { store, kb }) : null
    await store.recordPoll(
      source,
      { ok: true, etag: page.etag, lastModified: page.lastModified },
      now,
    )
    return {
      source,
      status: fresh.size > 0 ? 'new_items' : 'not_modified',
      newItems: fresh.size,
      ingest,
      error: null,
    }
  } catch (error: unknown) {
    const message = getMessage(error)
    tally.add('watchdesk_fetches_total', { outcome: 'error' })
    tally.add('watchdesk_fetch_errors_total', { kind: errorCode(error) })
    logger.warn(`source ${source.url}: ${message}`)
    await store.recordPoll(source, { ok: false, error: message }, now)
    return { source, status: 'error', newItems: 0, ingest: null, error: message }
  }
}
