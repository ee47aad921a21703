import type { ArticleRecord } from '../core/article.ts'
import { simhash, simhashProbes } from '../extract/dedupe/simhash.ts'
import { dayNumber, dedupeDay, duplicateWindow } from './duplicate-window.ts'
import type { CopyProbe } from './stored-originals.ts'

/** What saving a new article decides before any lookup: when, its day, how copies are found. */
export interface ArticleDraft {
  ingestedAt: string
  /** The day copies are compared around, as a day number (see duplicate-window.ts). */
  day: number
  /** How its original is looked for; null for a text too short to fingerprint. */
  probe: CopyProbe | null
}

/** The draft of an article about to be saved now. */
export function articleDraft(record: ArticleRecord): ArticleDraft {
  const fingerprint = simhash(record.body)
  const ingestedAt = new Date().toISOString()
  const day = dayNumber(dedupeDay(record.published, ingestedAt))
  return {
    ingestedAt,
    day,
    probe: fingerprint
      ? { fingerprint, probes: simhashProbes(fingerprint), ...duplicateWindow(day) }
      : null,
  }
}
