import { existsSync, readFileSync } from 'node:fs'
import { analyseArticle } from '../src/analyse/analyse-article.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { median, rate, type BenchRow } from './harness.ts'

const DATA = new URL('../../shared/eval/quotes/', import.meta.url)

interface GoldQuote {
  quote: string
  speaker: string | null
  cue: string
}

interface GoldDoc {
  id: string
  text: string
  quotes: GoldQuote[]
}

/** Reporting verbs that make an attribution speech (PolNeAR also marks beliefs and documents). */
const SPEECH_CUE =
  /\b(said|says|say|saying|told|tell|tells|added|adds|stated|states|according|asked|asks|argued|argues|claimed|claims|wrote|writes|announced|warned|urged|noted|insisted|explained|declared|responded|replied|called|accused|denied|suggested|testified|tweeted|posted|reported|reports|acknowledged|admitted|vowed|promised|stressed|predicted)\b/i
const PRONOUN = /^(he|she|they|it|we|i|you|his|her|their)$/i

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Shares at least 30% of tokens both ways, the PolNeAR matching rule in the quotes issue. */
function overlaps(a: string, b: string): boolean {
  const ta = tokens(a)
  const tb = new Set(tokens(b))
  if (ta.length === 0 || tb.size === 0) {
    return false
  }
  const shared = ta.filter((t) => tb.has(t)).length
  return shared / ta.length >= 0.3 && shared / tb.size >= 0.3
}

/**
 * Quote attribution on PolNeAR (../shared/eval/quotes; internal use only, never copied into the
 * repository): recall over speech attributions, precision over all record quotes, speaker
 * accuracy over matched pairs whose gold speaker is a name. `npm run bench:quotes -- test`
 * scores the test split; tune on dev.
 */
export function quotesBench(split = 'dev'): BenchRow[] {
  const file = new URL(`polnear-${split}.jsonl`, DATA)
  if (!existsSync(file)) {
    console.log(`bench:quotes skipped: ${file.pathname} is not present`)
    return []
  }
  const docs = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GoldDoc)
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
  let predicted = 0
  let correct = 0
  let speech = 0
  let found = 0
  let named = 0
  let namedRight = 0
  const times: number[] = []
  for (const doc of docs) {
    const started = performance.now()
    const { record } = analyseArticle(
      {
        id: doc.id,
        url: null,
        canonicalUrl: null,
        source: { name: null, domain: null },
        title: '',
        byline: null,
        published: null,
        language: 'en',
        body: doc.text,
      },
      { kb },
    )
    times.push(performance.now() - started)
    const gold = doc.quotes.filter((q) => q.quote.length > 0)
    predicted += record.quotes.length
    correct += record.quotes.filter((q) => gold.some((g) => overlaps(q.text, g.quote))).length
    for (const g of gold.filter((q) => SPEECH_CUE.test(q.cue))) {
      speech++
      const match = record.quotes.find((q) => overlaps(q.text, g.quote))
      if (!match) {
        continue
      }
      found++
      if (g.speaker && !PRONOUN.test(g.speaker.trim()) && /\p{Lu}/u.test(g.speaker)) {
        named++
        const goldLast = tokens(g.speaker).pop() ?? ''
        namedRight += tokens(match.speaker.name).includes(goldLast) ? 1 : 0
      }
    }
  }
  const precision = predicted ? correct / predicted : 0
  const recall = speech ? found / speech : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  const row = (figure: string, value: string): BenchRow => ({
    figure: `quotes, PolNeAR ${split}: ${figure}`,
    value,
    peer: '—',
    peerValue: '—',
    ratio: '—',
  })
  return [
    row(`F1 (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`, f1.toFixed(3)),
    row(`speaker accuracy (${named} named speakers)`, (named ? namedRight / named : 0).toFixed(3)),
    row('analysis speed, whole pipeline', rate(1000 / median(times), 'articles/s')),
  ]
}
