/**
 * The quotes benchmark (`npm run bench:quotes`): quote attribution on PolNeAR when
 * ../shared/eval/quotes is present (internal use only, never copied into the repository), on the
 * own gold set of demo articles always (corpus/demo/annotations/<slug>.quotes.json), scored by
 * the same matching; and the speed of the quote stage alone and of the whole pipeline.
 * `npm run bench:quotes -- test` scores the PolNeAR test split; `-- dev --verbose` lists every
 * miss on the own set.
 */
import { existsSync, readFileSync } from 'node:fs'
import { analyseArticle } from '../src/analyse/analyse-article.ts'
import type { RecordHead } from '../src/analyse/build-record.ts'
import type { RecordQuote } from '../src/core/article.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { median, rate, throughput, type BenchRow } from './harness.ts'
import {
  demoHeads,
  loadQuoteGold,
  scoreResponses,
  type GoldQuote as OwnGoldQuote,
  type Party,
} from './quote-gold.ts'
import { matchDocument, overlaps, prf, share, tokens, type DocumentMatch } from './quote-score.ts'
import { quoteStageInput, runQuoteStage } from './quote-stage.ts'

const DATA = new URL('../../shared/eval/quotes/', import.meta.url)

interface PolnearQuote {
  quote: string
  speaker: string | null
  cue: string
}

interface PolnearDoc {
  id: string
  text: string
  quotes: PolnearQuote[]
}

/** Reporting verbs that make an attribution speech (PolNeAR also marks beliefs and documents). */
export const SPEECH_CUE =
  /\b(said|says|say|saying|told|tell|tells|added|adds|stated|states|according|asked|asks|argued|argues|claimed|claims|wrote|writes|announced|warned|urged|noted|insisted|explained|declared|responded|replied|called|accused|denied|suggested|testified|tweeted|posted|reported|reports|acknowledged|admitted|vowed|promised|stressed|predicted)\b/i
/** A speaker's modifiers after its head: "(R-S.C.)", ", a former aide", " who …", " -- co-editor …". */
const APPENDIX = /\s*\([^)]*\)|\s*(?:,|--|—|\bwho\b|\bwhose\b|\bwhich\b|\bin\b|\bat\b).*$/u
/** "Mr. Morgan of the Sierra Club", "Rep. Charles Rangel of New York", not "Secretary of State …". */
const OF_PLACE = /^((?:\S+\s+)*?(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?\p{Lu}\S*\s+\p{Lu}\S*)\s+of\s+.*$/u

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

/** The floor for the quote stage. */
export const QUOTES_FLOOR = 1000

/** Options of one run. */
export interface QuotesBenchOptions {
  /** Lists every miss, extra quote and wrong speaker, class or link on the own set. */
  verbose?: boolean
  /** Measured passes of the speed rows, after a second of warm-up. */
  passes?: number
}

/** Every row of the quotes benchmark. */
export function quotesBench(split = 'dev', options: QuotesBenchOptions = {}): BenchRow[] {
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
  const heads = demoHeads(kb)
  const polnear = readPolnear(split)
  return [
    ...(polnear ? polnearRows(polnear, split, kb) : []),
    ...ownSetRows(kb, heads, options.verbose ?? false),
    ...speedRows(kb, [...heads.values()], polnear ?? [], options.passes ?? 15),
  ]
}

function readPolnear(split: string): PolnearDoc[] | null {
  const file = new URL(`polnear-${split}.jsonl`, DATA)
  if (!existsSync(file)) {
    console.log(`bench:quotes: PolNeAR rows skipped: ${file.pathname} is not present`)
    return null
  }
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PolnearDoc)
}

function polnearHead(doc: PolnearDoc): RecordHead {
  return {
    id: doc.id,
    url: null,
    canonicalUrl: null,
    source: { name: null, domain: null },
    title: '',
    byline: null,
    published: null,
    language: 'en',
    body: doc.text,
  }
}

const row = (figure: string, value: string): BenchRow => ({
  figure,
  value,
  peer: '—',
  peerValue: '—',
  ratio: '—',
})

/**
 * Quote attribution on PolNeAR: recall over speech attributions, precision over all record
 * quotes, speaker accuracy over matched pairs whose gold speaker is a name. Tune on dev.
 */
function polnearRows(docs: PolnearDoc[], split: string, kb: KnowledgeBase): BenchRow[] {
  const matched: DocumentMatch[] = []
  let named = 0
  let namedRight = 0
  const times: number[] = []
  for (const doc of docs) {
    const started = performance.now()
    const { record } = analyseArticle(polnearHead(doc), { kb })
    times.push(performance.now() - started)
    const gold = doc.quotes.filter((q) => q.quote.length > 0)
    const match = matchDocument(
      record.quotes.map((q) => q.text),
      gold.map((g) => ({ text: g.quote, recall: SPEECH_CUE.test(g.cue) })),
    )
    matched.push(match)
    match.matches.forEach((index, i) => {
      const speaker = gold[i]?.speaker
      const quote = index === null ? undefined : record.quotes[index]
      const name = quote && speaker ? goldName(speaker, doc.text) : null
      if (quote && name) {
        named++
        namedRight += sameSpeaker(name, quote.speaker, kb) ? 1 : 0
      }
    })
  }
  const score = prf(matched)
  const figure = (text: string): string => `quotes, PolNeAR ${split}: ${text}`
  return [
    row(
      figure(`F1 (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`),
      score.f1.toFixed(3),
    ),
    row(
      figure(`speaker accuracy (${named} named speakers)`),
      (named ? namedRight / named : 0).toFixed(3),
    ),
    row(figure('analysis speed, whole pipeline'), rate(1000 / median(times), 'articles/s')),
  ]
}

/**
 * Whether a record party is the gold one: the same actor id when the gold has one, else the
 * gold name's head word in the record's name (as on PolNeAR). Null when the gold party has
 * neither an actor nor a name ("officials", "the protesters"): not scored.
 */
function sameParty(gold: Party, record: Party, text: string, kb: KnowledgeBase): boolean | null {
  if (gold.actor !== null) {
    return record.actor === gold.actor
  }
  const name = goldName(gold.name, text)
  return name ? sameSpeaker(name, record, kb) : null
}

/** The own gold set: the same matching, plus speakers, cue classes and response links. */
function ownSetRows(
  kb: KnowledgeBase,
  heads: Map<string, RecordHead>,
  verbose: boolean,
): BenchRow[] {
  const items = loadQuoteGold(kb, heads)
  if (items.length === 0) {
    return []
  }
  const all: DocumentMatch[] = []
  const russian: DocumentMatch[] = []
  let speakers = 0
  let speakersRight = 0
  let classes = 0
  let classesRight = 0
  const responses = { found: 0, gold: 0, links: 0, right: 0 }
  const log = (line: string): void => {
    if (verbose) {
      console.log(line)
    }
  }
  for (const { gold, head } of items) {
    const { record } = analyseArticle(head, { kb })
    // The stage the speed rows time must be the pipeline's: same quotes, same statements.
    const staged = runQuoteStage(quoteStageInput(head, kb), kb)
    if (
      JSON.stringify(staged.quotes) !== JSON.stringify(record.quotes) ||
      JSON.stringify(staged.statements) !== JSON.stringify(record.statements)
    ) {
      throw new Error(
        `bench:quotes: the quote stage alone differs from the pipeline on ${gold.slug}`,
      )
    }
    const match = matchDocument(
      record.quotes.map((q) => q.text),
      gold.quotes.map((q) => ({ text: q.text, recall: true })),
    )
    all.push(match)
    if (head.language === 'ru') {
      russian.push(match)
    }
    log(`\n${gold.slug}: ${gold.quotes.length} gold quotes, ${record.quotes.length} record quotes`)
    match.matches.forEach((index, i) => {
      const g = gold.quotes[i]!
      const q = index === null ? undefined : record.quotes[index]
      if (!q || index === null) {
        log(`  missed   q${i} ${describeGold(g)}`)
        return
      }
      const right = sameParty({ name: g.speaker, actor: g.actor }, q.speaker, head.body, kb)
      if (right !== null) {
        speakers++
        speakersRight += right ? 1 : 0
        if (!right) {
          log(`  speaker  q${i} gold ${g.speaker} (${g.actor ?? '-'}), record ${describe(q)}`)
        }
      }
      classes++
      const cueClass = staged.classes[index]
      classesRight += cueClass === g.class ? 1 : 0
      if (cueClass !== g.class) {
        log(`  class    q${i} gold ${g.class} (${g.cue}), record ${String(cueClass)} (${q.cue})`)
      }
    })
    for (const q of record.quotes) {
      if (!gold.quotes.some((g) => overlaps(q.text, g.text))) {
        log(`  extra    ${describe(q)}`)
      }
    }
    const scored = scoreResponses(
      gold,
      record,
      match.matches,
      (g, r) => sameParty(g, r, head.body, kb) === true,
    )
    responses.found += scored.found
    responses.gold += scored.gold
    responses.links += scored.links
    responses.right += scored.right
    for (const r of scored.missed) {
      log(`  response q${r.quote} → ${r.to.speaker} (${r.to.actor ?? '-'}) not linked`)
    }
    for (const s of record.statements) {
      if (s.respondsTo) {
        log(
          `  link     ${s.speaker.name} → ${s.respondsTo.speaker.name} (${s.respondsTo.speaker.actor ?? '-'})`,
        )
      }
    }
  }
  const quotes = items.reduce((n, i) => n + i.gold.quotes.length, 0)
  const score = prf(all)
  const ru = prf(russian)
  const figure = (text: string): string => `quotes, own set: ${text}`
  return [
    row(
      figure(
        `F1 (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}), ${items.length} demo articles, ${quotes} quotes`,
      ),
      score.f1.toFixed(3),
    ),
    row(
      figure(
        `F1 (P ${ru.precision.toFixed(3)}, R ${ru.recall.toFixed(3)}), the ${russian.length} Russian articles`,
      ),
      ru.f1.toFixed(3),
    ),
    row(
      figure('speaker accuracy, matched quotes with a KB actor or a name'),
      share(speakersRight, speakers),
    ),
    row(figure('cue class accuracy, matched quotes'), share(classesRight, classes)),
    row(
      figure('responses found (answering statement links the right speaker)'),
      share(responses.found, responses.gold),
    ),
    row(
      figure('response link precision (record respondsTo links)'),
      share(responses.right, responses.links),
    ),
  ]
}

function describeGold(g: OwnGoldQuote): string {
  return `${g.speaker} (${g.actor ?? '-'}) ${g.type} "${g.cue}": ${clip(g.text)}`
}

function describe(q: RecordQuote): string {
  return `${q.speaker.name || '""'} (${q.speaker.actor ?? '-'}) ${q.type} "${q.cue}": ${clip(q.text)}`
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 110 ? `${flat.slice(0, 107)}…` : flat
}

/** How long a speed row runs before it is timed: a single pass of 55 articles ends before the JIT has compiled the hot regexes and functions, and the first passes ran at half speed. */
const WARM_UP_MS = 1000

function warmUp(pass: () => unknown): void {
  const started = performance.now()
  do {
    pass()
  } while (performance.now() - started < WARM_UP_MS)
}

/**
 * Articles/s of the quote stage alone (quote extractors, attribution refiner, statements and
 * responds-to; see quote-stage.ts) over the demo corpus, and over the demo corpus and the
 * PolNeAR documents together when present; and of the whole pipeline over the demo corpus.
 * Medians over `passes` passes after the warm-up.
 */
function speedRows(
  kb: KnowledgeBase,
  heads: RecordHead[],
  polnear: PolnearDoc[],
  passes: number,
): BenchRow[] {
  const demo = heads.map((h) => quoteStageInput(h, kb))
  const withPolnear = [...demo, ...polnear.map((d) => quoteStageInput(polnearHead(d), kb))]
  const stage = (inputs: typeof demo): number => {
    warmUp(() => throughput(inputs, 1, (input) => runQuoteStage(input, kb)))
    return median(throughput(inputs, passes, (input) => runQuoteStage(input, kb)))
  }
  const goal = (value: number, figure: string): BenchRow => ({
    figure,
    value: rate(value, 'articles/s'),
    peer: 'goal (issue 5)',
    peerValue: rate(QUOTES_FLOOR, 'articles/s'),
    ratio: `${(value / QUOTES_FLOOR).toFixed(1)}× (${value >= QUOTES_FLOOR ? 'met' : 'NOT met'})`,
  })
  const rows = [goal(stage(demo), `quote stage alone, demo corpus (${demo.length} articles)`)]
  if (polnear.length > 0) {
    rows.push(
      goal(
        stage(withPolnear),
        `quote stage alone, demo corpus + PolNeAR (${withPolnear.length} articles)`,
      ),
    )
  }
  warmUp(() => throughput(heads, 1, (h) => analyseArticle(h, { kb })))
  const whole = median(throughput(heads, passes, (h) => analyseArticle(h, { kb })))
  rows.push(
    row(
      `quotes: whole pipeline, demo corpus (${heads.length} articles)`,
      rate(whole, 'articles/s'),
    ),
  )
  return rows
}
