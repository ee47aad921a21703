/**
 * The events benchmark (`npm run bench:events`): CAMEO root and PLOVER type accuracy of the
 * primary event on the PLOVER gold-standard sentences, root-level triple agreement with
 * PETRARCH-2 on its real-world records, precision/recall on the regional gold set
 * (corpus/demo/annotations), and the coding step's speed. The eval files are read from
 * ../shared/eval/event-coding when present and never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyseArticle } from '../src/analyse/analyse-article.ts'
import { codeSentence } from '../src/analyse/events/verb-pattern-extractor.ts'
import { splitSentences } from '../src/analyse/text.ts'
import { extractDocument } from '../src/extract/extract-document.ts'
import { demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { ploverOf, primaryEvent, tripleScore, type Triple } from './event-eval.ts'
import { regionalGold } from './event-gold.ts'
import { median, rate, throughput, type BenchRow } from './harness.ts'

const EVAL_DIR = fileURLToPath(new URL('../../shared/eval/event-coding/', import.meta.url))
/** The issue's floor for the coding step, and PETRARCH-2's reported speed. */
export const EVENTS_FLOOR = 2000
const PETRARCH2_RATE = 250

interface PloverRecord {
  text: string
  cameo_code?: string
  expected: { event_plover2: string }[]
}
interface PetrarchRecord {
  text: string
  date: string
  expected: { source: string; target: string; code: string }[]
}

function readJsonl<T>(name: string): T[] {
  return readFileSync(`${EVAL_DIR}${name}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T)
}

const pct = (n: number, d: number): string =>
  `${((100 * n) / Math.max(d, 1)).toFixed(1)}% (${n}/${d})`

/** Rows of the events benchmark. */
export function eventsBench(passes = 7): BenchRow[] {
  const rows: BenchRow[] = []
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
  if (existsSync(EVAL_DIR)) {
    rows.push(...accuracyRows(kb))
  } else {
    console.log(`events bench: ${EVAL_DIR} not found, accuracy rows skipped`)
  }
  rows.push(...regionalGold(kb))
  const sentences = demoCorpusInputs().flatMap((item) => {
    if (!item.document) {
      return []
    }
    const body = extractDocument(item.document, { kb }).record.body
    return splitSentences(body).map((s) => body.slice(s.start, s.end))
  })
  const all = existsSync(EVAL_DIR)
    ? [...sentences, ...readJsonl<PloverRecord>('plover-gsr-cameo.jsonl').map((r) => r.text)]
    : sentences
  throughput(all, 2, (s) => codeSentence(s, 0))
  const ours = median(throughput(all, passes, (s) => codeSentence(s, 0)))
  rows.push({
    figure: `event coding step, ${all.length} sentences (demo corpus + PLOVER GSR)`,
    value: rate(ours, 'sentences/s'),
    peer: 'PETRARCH-2 (reported)',
    peerValue: rate(PETRARCH2_RATE, 'sentences/s'),
    ratio: `${(ours / PETRARCH2_RATE).toFixed(1)}× (floor ${EVENTS_FLOOR}: ${ours >= EVENTS_FLOOR ? 'met' : 'NOT met'})`,
  })
  return rows
}

function accuracyRows(kb: KnowledgeBase): BenchRow[] {
  const plover = readJsonl<PloverRecord>('plover-gsr-cameo.jsonl')
  let rootOk = 0
  let coded = 0
  let typeOk = 0
  for (const record of plover) {
    const primary = primaryEvent(record.text)
    if (primary && ploverOf(primary) === record.expected[0]?.event_plover2) {
      typeOk++
    }
    if (record.cameo_code) {
      coded++
      rootOk += primary?.code.slice(0, 2) === record.cameo_code.slice(0, 2) ? 1 : 0
    }
  }
  const petrarch = readJsonl<PetrarchRecord>('petrarch2-gsr-realworld.jsonl')
  const pairs = petrarch.map((r) => {
    const { record } = analyseArticle(
      {
        id: 'p',
        url: null,
        canonicalUrl: null,
        source: { name: null, domain: null },
        title: '',
        byline: null,
        published: r.date,
        language: 'en',
        body: r.text,
      },
      { kb },
    )
    const predicted: Triple[] = record.events.map((e) => ({
      source: e.source.cameo ?? '---',
      target: e.target?.cameo ?? '---',
      root: e.root,
    }))
    const expected = r.expected.map((e) => ({
      source: e.source,
      target: e.target,
      root: e.code.slice(0, 2),
    }))
    return { expected, predicted }
  })
  const agreement = tripleScore(pairs)
  return [
    {
      figure: 'CAMEO root of the primary event, PLOVER GSR sentences with a CAMEO code',
      value: pct(rootOk, coded),
      peer: 'goal (issue 6)',
      peerValue: '85%',
      ratio: rootOk / coded >= 0.85 ? 'met' : 'NOT met',
    },
    {
      figure: 'PLOVER type of the primary event, all PLOVER GSR sentences',
      value: pct(typeOk, plover.length),
      peer: 'goal (issue 6)',
      peerValue: '80%',
      ratio: typeOk / plover.length >= 0.8 ? 'met' : 'NOT met',
    },
    {
      figure: `triple F1 vs PETRARCH-2 (root level, actors by country), ${petrarch.length} records`,
      value: `F1 ${agreement.f1.toFixed(3)} (P ${agreement.precision.toFixed(3)}, R ${agreement.recall.toFixed(3)})`,
      peer: 'PETRARCH-2 itself',
      peerValue: '1.000',
      ratio: '—',
    },
  ]
}
