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
export const SPEECH_CUE =
  /\b(said|says|say|saying|told|tell|tells|added|adds|stated|states|according|asked|asks|argued|argues|claimed|claims|wrote|writes|announced|warned|urged|noted|insisted|explained|declared|responded|replied|called|accused|denied|suggested|testified|tweeted|posted|reported|reports|acknowledged|admitted|vowed|promised|stressed|predicted)\b/i
/** A speaker's modifiers after its head: "(R-S.C.)", ", a former aide", " who …", " -- co-editor …". */
const APPENDIX = /\s*\([^)]*\)|\s*(?:,|--|—|\bwho\b|\bwhose\b|\bwhich\b|\bin\b|\bat\b).*$/u
/** "Mr. Morgan of the Sierra Club", "Rep. Charles Rangel of New York", not "Secretary of State …". */
const OF_PLACE = /^((?:\S+\s+)*?(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?\p{Lu}\S*\s+\p{Lu}\S*)\s+of\s+.*$/u

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
/** Name words, without the possessive: "Trump’s" is Trump. */
const nameTokens = (text: string): string[] => tokens(text.replace(/['’]s\b/g, ''))

/**
 * The gold speaker's head phrase and head word, when it is a name: "Sen. Lindsey Graham
 * (R-S.C.)" → Graham, "Kenneth Baer, a former official" → Baer, "the IMF" → IMF. PolNeAR
 * annotates speakers as written, with their appositions, and does not resolve pronouns, so
 * pronouns, descriptions ("the Indiana governor", "Pagliano's lawyer") and common nouns
 * capitalised only at a sentence's start ("Officials at …") are not names. A word is a name
 * when the article also writes it capitalised after a lower-case word.
 */
export function goldName(speaker: string, text: string): { phrase: string; head: string } | null {
  // "one of the family's attorneys, Justin Bamberg,": the name may be the apposition.
  const [first = '', second = ''] = speaker.replace(/\s*\([^)]*\)/g, '').split(',')
  return namePhrase(first, text) ?? namePhrase(second, text)
}

function namePhrase(words: string, text: string): { phrase: string; head: string } | null {
  const phrase = words.trim().replace(APPENDIX, '').replace(OF_PLACE, '$1').trim()
  const list = phrase.split(/\s+/)
  const last = (list[list.length - 1] ?? '').replace(/[.;:]+$/, '')
  if (!/^\p{Lu}/u.test(last) || /['’]s$/.test(last)) {
    return null
  }
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const midSentence = new RegExp(String.raw`[\p{Ll},] ${escaped}\b`, 'u')
  return list.length > 1 || midSentence.test(text)
    ? { phrase, head: nameTokens(last).pop() ?? '' }
    : null
}

/**
 * A record speaker is right when its name holds the gold head word ("Donald Trump" for "Mr.
 * Trump"), or when the gold phrase is an alias of the record's actor ("the IMF" for the
 * International Monetary Fund).
 */
export function sameSpeaker(
  gold: { phrase: string; head: string },
  speaker: { name: string; actor: string | null },
  kb: KnowledgeBase,
): boolean {
  if (nameTokens(speaker.name).includes(gold.head)) {
    return true
  }
  const bare = gold.phrase.replace(/^the\s+/i, '')
  return speaker.actor !== null && kb.lookup(bare).some((a) => a.actor === speaker.actor)
}

/** How well two texts overlap: the smaller of the two shares, 0 below the 30% rule. */
export function overlapScore(a: string, b: string): number {
  if (!overlaps(a, b)) {
    return 0
  }
  const ta = tokens(a)
  const tb = new Set(tokens(b))
  const shared = ta.filter((t) => tb.has(t)).length
  return Math.min(shared / ta.length, shared / tb.size)
}

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
      // The record quote that overlaps this attribution most, whoever its speaker is.
      let match: (typeof record.quotes)[number] | undefined
      let best = 0
      for (const q of record.quotes) {
        const score = overlapScore(q.text, g.quote)
        if (score > best) {
          best = score
          match = q
        }
      }
      if (!match) {
        continue
      }
      found++
      const name = g.speaker ? goldName(g.speaker, doc.text) : null
      if (name) {
        named++
        namedRight += sameSpeaker(name, match.speaker, kb) ? 1 : 0
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
