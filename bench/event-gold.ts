/**
 * The regional gold set: every event of a demo article, annotated by hand in
 * corpus/demo/annotations/<slug>.events.json (format in docs/event-coding.md). Scored on
 * (root, source actor, target actor) as multisets, so a right event with a wrong side counts
 * as one false positive and one miss.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument } from '../src/extract/extract-document.ts'
import { DEMO_CORPUS_DIR, demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import type { KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { tripleScore, type Triple } from './event-eval.ts'
import type { BenchRow } from './harness.ts'

/** One gold file. */
export interface GoldFile {
  slug: string
  events: { code: string; source: string; target: string | null; trigger: string }[]
}

const GOLD_DIR = join(DEMO_CORPUS_DIR, 'annotations')

/** Reads every gold file. */
export function readGold(): GoldFile[] {
  if (!existsSync(GOLD_DIR)) {
    return []
  }
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.events.json'))
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldFile)
}

/** Precision and recall of the record's events against the regional gold set. */
export function regionalGold(kb: KnowledgeBase): BenchRow[] {
  const gold = new Map(readGold().map((g) => [g.slug, g]))
  const pairs: { expected: Triple[]; predicted: Triple[] }[] = []
  for (const item of demoCorpusInputs()) {
    const g = gold.get(item.label)
    if (!g || !item.document) {
      continue
    }
    const { record } = extractDocument(item.document, { kb })
    pairs.push({
      expected: g.events.map((e) => ({
        source: e.source,
        target: e.target ?? '-',
        root: e.code.slice(0, 2),
      })),
      predicted: record.events.map((e) => ({
        source: e.source.actor ?? e.source.name,
        target: e.target?.actor ?? '-',
        root: e.root,
      })),
    })
  }
  if (pairs.length === 0) {
    return []
  }
  const score = tripleScore(pairs, false)
  return [
    {
      figure: `regional gold set, ${pairs.length} demo articles (root, source, target)`,
      value: `P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}, F1 ${score.f1.toFixed(3)}`,
      peer: '—',
      peerValue: '—',
      ratio: '—',
    },
  ]
}
