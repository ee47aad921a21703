import { getMessage } from '../core/errors.ts'
import { fetchInputs } from '../ingest/fetch-inputs.ts'
import type { PageFetcher } from '../ingest/fetch/page-fetcher.ts'
import { ingestDocuments } from '../ingest/ingest-documents.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { Store } from '../store/store.ts'
import { logger } from '../core/logger.ts'
import { countFetches, MetricTally } from './metrics.ts'

/** What a worker needs. */
export interface WorkerOptions {
  store: Store
  kb: KnowledgeBase
  fetcher: PageFetcher
  /** This worker's name, recorded on the jobs it takes. */
  name: string
}

/**
 * Takes jobs from the queue until none is due: each URL (page or feed) is fetched, extracted and
 * stored; a failure is recorded on the job, which is retried later. Returns how many jobs this
 * worker took.
 */
export async function drainQueue({
  store,
  kb,
  fetcher,
  name,
}: WorkerOptions): Promise<{ done: number; failed: number }> {
  let done = 0
  let failed = 0
  for (let job = await store.claimJob(name); job; job = await store.claimJob(name)) {
    let error: string | null = null
    const tally = new MetricTally()
    try {
      const inputs = countFetches(fetchInputs([job.payload.url], fetcher), tally)
      const report = await ingestDocuments(inputs, { store, kb })
      if (report.failed.length > 0) {
        error = report.failed.map((f) => `${f.label}: ${f.error}`).join('; ')
      }
    } catch (caught: unknown) {
      error = getMessage(caught)
    }
    await store.addMetrics(tally.increments()).catch((caught: unknown) => {
      logger.warn(`metrics not recorded: ${getMessage(caught)}`)
    })
    await store.finishJob(job, error)
    if (error) {
      failed++
    } else {
      done++
    }
  }
  return { done, failed }
}
