import { getMessage } from '../core/errors.ts'
import { extractDocument } from '../extract/extract-document.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import { logger } from '../core/logger.ts'
import { MetricTally } from '../monitor/metrics.ts'
import type { Store } from '../store/store.ts'
import type { InputItem } from './read-inputs.ts'

/** What an ingest run did. */
export interface IngestReport {
  inserted: number
  existing: number
  /** Stored, but republishing an earlier article: the wire story seen again. */
  duplicates: number
  failed: { label: string; error: string }[]
}

/** Options for {@link ingestDocuments}. */
export interface IngestOptions {
  store: Store
  kb: KnowledgeBase
  /** Called after each item, for progress display. */
  onProgress?: (done: number, label: string) => void
}

/**
 * Extracts, analyses and stores each input. Failures are recorded with their reason and the
 * run carries on; saving is idempotent, so a rerun over the same inputs adds nothing.
 */
export async function ingestDocuments(
  items: Iterable<InputItem> | AsyncIterable<InputItem>,
  options: IngestOptions,
): Promise<IngestReport> {
  const report: IngestReport = { inserted: 0, existing: 0, duplicates: 0, failed: [] }
  let done = 0
  const tally = new MetricTally()
  for await (const item of items) {
    if (item.error !== undefined) {
      report.failed.push({ label: item.label, error: item.error })
    } else {
      try {
        const started = performance.now()
        const analysed = extractDocument(item.document, { kb: options.kb })
        tally.observe('watchdesk_extraction_seconds', (performance.now() - started) / 1000)
        const result = await options.store.saveArticle(analysed)
        report[
          result.status === 'exists'
            ? 'existing'
            : result.status === 'duplicate'
              ? 'duplicates'
              : 'inserted'
        ]++
      } catch (error: unknown) {
        report.failed.push({ label: item.label, error: getMessage(error) })
      }
    }
    options.onProgress?.(++done, item.label)
  }
  // Counting must never cost the run what it stored: a failed write is logged and dropped.
  await options.store.addMetrics(tally.increments()).catch((error: unknown) => {
    logger.warn(`metrics not recorded: ${getMessage(error)}`)
  })
  return report
}
