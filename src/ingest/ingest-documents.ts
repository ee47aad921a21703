import { getMessage } from '../core/errors.ts'
import { extractDocument } from '../extract/extract-document.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import { logger } from '../core/logger.ts'
import { MetricTally } from '../monitor/metrics.ts'
import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import type { SaveResult, Store } from '../store/store.ts'
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
  /** How articles are batched (default {@link BATCH}). */
  batch?: { size: number; maxWaitMs: number }
}

/** Articles saved per transaction, and the longest an extracted article waits for its batch. */
export const BATCH = { size: 200, maxWaitMs: 1000 }

/**
 * Extracts, analyses and stores each input, saving in batches of one transaction each (a
 * batch is written when full, or with the first item that comes once it is a second old, so
 * a slow feed still lands promptly). Failures are recorded with their reason and the run
 * carries on; saving is idempotent, so a rerun over the same inputs adds nothing, and a killed
 * run loses at most the batch it had not committed.
 */
export async function ingestDocuments(
  items: Iterable<InputItem> | AsyncIterable<InputItem>,
  options: IngestOptions,
): Promise<IngestReport> {
  const report: IngestReport = { inserted: 0, existing: 0, duplicates: 0, failed: [] }
  let done = 0
  const tally = new MetricTally()
  const limits = options.batch ?? BATCH
  let batch: { label: string; article: AnalysedArticle }[] = []
  let batchStarted = 0
  const count = (result: SaveResult): void => {
    report[
      result.status === 'exists'
        ? 'existing'
        : result.status === 'duplicate'
          ? 'duplicates'
          : 'inserted'
    ]++
  }
  const flush = async (): Promise<void> => {
    const pending = batch
    batch = []
    try {
      for (const result of await options.store.saveArticles(pending.map((p) => p.article))) {
        count(result)
      }
    } catch {
      // One bad article rolls its batch back: save them one by one to name it and keep the rest.
      for (const { label, article } of pending) {
        try {
          count(await options.store.saveArticle(article))
        } catch (error: unknown) {
          report.failed.push({ label, error: getMessage(error) })
        }
      }
    }
  }
  for await (const item of items) {
    if (item.error !== undefined) {
      report.failed.push({ label: item.label, error: item.error })
    } else {
      try {
        const started = performance.now()
        const article = extractDocument(item.document, { kb: options.kb })
        tally.observe('watchdesk_extraction_seconds', (performance.now() - started) / 1000)
        if (batch.length === 0) {
          batchStarted = started
        }
        batch.push({ label: item.label, article })
      } catch (error: unknown) {
        report.failed.push({ label: item.label, error: getMessage(error) })
      }
    }
    const age = performance.now() - batchStarted
    if (batch.length >= limits.size || (batch.length > 0 && age > limits.maxWaitMs)) {
      await flush()
    }
    options.onProgress?.(++done, item.label)
  }
  await flush()
  // Counting must never cost the run what it stored: a failed write is logged and dropped.
  await options.store.addMetrics(tally.increments()).catch((error: unknown) => {
    logger.warn(`metrics not recorded: ${getMessage(error)}`)
  })
  return report
}
