import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractPage } from '../src/extract/html/extract-page.ts'
import { DEMO_CORPUS_DIR, demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import type { BenchRow } from './harness.ts'

interface AuthoredArticle {
  outlet: string
  title: string
  byline: string | null
  published: string
  language?: string
}

/** Outlets whose pages are not in English (docs/demo-corpus.md). */
const OUTLET_LANGUAGE: Readonly<Record<string, string>> = { kvs: 'ru' }

/**
 * Metadata accuracy on the demo corpus, whose article files are the gold: title, byline,
 * publication date (to the minute when the page gives a time) and language, per field, over
 * every page and template. Exact match after whitespace normalisation.
 */
export function metadataBench(): BenchRow[] {
  const fields = { title: 0, byline: 0, date: 0, language: 0 }
  const misses: string[] = []
  const inputs = demoCorpusInputs()
  for (const item of inputs) {
    const gold = JSON.parse(
      readFileSync(join(DEMO_CORPUS_DIR, 'articles', `${item.label}.json`), 'utf8'),
    ) as AuthoredArticle
    const page = extractPage(item.document?.html ?? '', { url: item.document?.url ?? null })
    const checks = {
      title: page.title === gold.title,
      byline: page.byline === gold.byline,
      date:
        page.published?.slice(0, 16) === gold.published.slice(0, 16) ||
        page.published === gold.published.slice(0, 10),
      language: page.language === (gold.language ?? OUTLET_LANGUAGE[gold.outlet] ?? 'en'),
    }
    for (const [field, ok] of Object.entries(checks) as [keyof typeof fields, boolean][]) {
      fields[field] += ok ? 1 : 0
      if (!ok) {
        misses.push(`${item.label}: ${field}`)
      }
    }
  }
  if (misses.length > 0) {
    console.log(`metadata misses:\n  ${misses.join('\n  ')}`)
  }
  const outlets = new Set(inputs.map((i) => i.label.split('-')[0])).size
  return Object.entries(fields).map(([field, correct]) => ({
    figure: `metadata ${field} accuracy, own set (${inputs.length} pages, ${outlets} templates)`,
    value: `${((correct / inputs.length) * 100).toFixed(1)}%`,
    peer: '—',
    peerValue: '—',
    ratio: '—',
  }))
}
