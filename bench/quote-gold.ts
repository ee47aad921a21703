/**
 * The own quote gold set: every quote, speaker, cue and response of a demo article, annotated by
 * hand in corpus/demo/annotations/<slug>.quotes.json (format in docs/article-record.md, "Quote
 * gold set"). It lives in the repository, so this part of the quotes benchmark always runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleRecord, RecordQuote } from '../src/core/article.ts'
import type { CueClass } from '../src/analyse/annotation.ts'
import type { RecordHead } from '../src/analyse/build-record.ts'
import { extractDocument } from '../src/extract/extract-document.ts'
import { DEMO_CORPUS_DIR, demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import type { KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { overlaps } from './quote-score.ts'

const GOLD_DIR = join(DEMO_CORPUS_DIR, 'annotations')

export const CUE_CLASSES: readonly CueClass[] = [
  'assert',
  'appeal',
  'warn',
  'accuse',
  'deny',
  'reject',
  'comment',
  'respond',
]

/** One gold quote: an exact span of the body and who said it how. */
export interface GoldQuote {
  text: string
  type: 'direct' | 'indirect'
  /** The speaker as the article names them, pronouns resolved. */
  speaker: string
  /** The speaker's knowledge-base id, or null when the KB does not hold them. */
  actor: string | null
  cue: string
  class: CueClass
}

/** A gold quote that answers another speaker. */
export interface GoldResponse {
  /** Index of the answering quote in `quotes`. */
  quote: number
  to: {
    speaker: string
    actor: string | null
    /** Index of the answered quote when the article reports it, else null. */
    quote: number | null
  }
}

/** One gold file. */
export interface QuoteGoldFile {
  slug: string
  annotator: string
  quotes: GoldQuote[]
  responses: GoldResponse[]
}

/**
 * What is wrong with a gold file, as readable lines (empty when nothing is): a text that is not
 * an exact substring of the body, an unknown actor id or cue class, an index out of range.
 */
export function checkQuoteGold(
  gold: QuoteGoldFile,
  body: string,
  known: (actor: string) => boolean,
): string[] {
  const problems: string[] = []
  const actorOk = (actor: string | null, where: string): void => {
    if (actor !== null && !known(actor)) {
      problems.push(`${where}: actor "${actor}" is not in the knowledge base`)
    }
  }
  gold.quotes.forEach((q, i) => {
    if (q.text.length === 0 || !body.includes(q.text)) {
      problems.push(`quote ${i}: text is not an exact substring of the body: "${q.text}"`)
    }
    // The file is JSON written by hand: its strings are checked, whatever the types say.
    const type: string = q.type
    const cueClass: string = q.class
    if (type !== 'direct' && type !== 'indirect') {
      problems.push(`quote ${i}: type "${type}" is not direct or indirect`)
    }
    if (!(CUE_CLASSES as readonly string[]).includes(cueClass)) {
      problems.push(`quote ${i}: cue class "${cueClass}" is unknown`)
    }
    actorOk(q.actor, `quote ${i}`)
  })
  const inRange = (i: number | null): boolean =>
    i === null || (Number.isInteger(i) && i >= 0 && i < gold.quotes.length)
  gold.responses.forEach((r, i) => {
    if (!inRange(r.quote) || !inRange(r.to.quote) || r.quote === r.to.quote) {
      problems.push(`response ${i}: quote index out of range (${r.quote} → ${String(r.to.quote)})`)
    }
    actorOk(r.to.actor, `response ${i}`)
  })
  return problems
}

/** Reads every gold file, by slug. */
export function readQuoteGold(dir = GOLD_DIR): QuoteGoldFile[] {
  if (!existsSync(dir)) {
    return []
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.quotes.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as QuoteGoldFile
      if (`${gold.slug}.quotes.json` !== f) {
        throw new Error(`bench:quotes: ${f} holds the slug "${gold.slug}"`)
      }
      return gold
    })
}

/** The demo corpus as record heads, by slug: what extraction hands to the analysis. */
export function demoHeads(kb: KnowledgeBase): Map<string, RecordHead> {
  const heads = new Map<string, RecordHead>()
  for (const item of demoCorpusInputs()) {
    if (!item.document) {
      continue
    }
    const { record } = extractDocument(item.document, { kb })
    heads.set(item.label, headOf(record))
  }
  return heads
}

function headOf(record: ArticleRecord): RecordHead {
  const { id, url, canonicalUrl, source, title, byline, published, language, body } = record
  return { id, url, canonicalUrl, source, title, byline, published, language, body }
}

/**
 * Every gold file with its article's head. Throws, listing every problem, when a gold text is
 * not in its article's body or a file is otherwise wrong: the gold must match the text exactly.
 */
export function loadQuoteGold(
  kb: KnowledgeBase,
  heads: Map<string, RecordHead>,
): { gold: QuoteGoldFile; head: RecordHead }[] {
  const problems: string[] = []
  const items: { gold: QuoteGoldFile; head: RecordHead }[] = []
  for (const gold of readQuoteGold()) {
    const head = heads.get(gold.slug)
    if (!head) {
      problems.push(`${gold.slug}: no such demo article`)
      continue
    }
    const found = checkQuoteGold(gold, head.body, (actor) => kb.get(actor) !== undefined)
    problems.push(...found.map((p) => `${gold.slug}: ${p}`))
    items.push({ gold, head })
  }
  if (problems.length > 0) {
    throw new Error(
      `bench:quotes: the quote gold set does not match the corpus:\n  ${problems.join('\n  ')}`,
    )
  }
  return items
}

/** A speaker or answered party: a name as written and an actor id. */
export interface Party {
  name: string
  actor: string | null
}

/**
 * Scores the record's response links against the gold responses of one article. A gold
 * response is found when the record statement holding the quote matched to the answering gold
 * quote answers the right party; a record link is right when one of its statement's quotes
 * overlaps a gold quote whose gold response names that party. `same` decides whether a record
 * party is a gold one.
 */
export function scoreResponses(
  gold: QuoteGoldFile,
  record: Pick<ArticleRecord, 'quotes' | 'statements'>,
  matches: readonly (number | null)[],
  same: (gold: Party, record: Party) => boolean,
): { found: number; gold: number; links: number; right: number; missed: GoldResponse[] } {
  const targets = (r: GoldResponse): Party[] => {
    const answered = r.to.quote === null ? undefined : gold.quotes[r.to.quote]
    return [
      { name: r.to.speaker, actor: r.to.actor },
      ...(answered ? [{ name: answered.speaker, actor: answered.actor }] : []),
    ]
  }
  const answers = (r: GoldResponse, party: Party): boolean => targets(r).some((t) => same(t, party))
  let found = 0
  const missed: GoldResponse[] = []
  for (const r of gold.responses) {
    const index = matches[r.quote] ?? null
    const statement =
      index === null ? undefined : record.statements.find((s) => s.quotes.includes(index))
    const link = statement?.respondsTo
    if (link && answers(r, link.speaker)) {
      found++
    } else {
      missed.push(r)
    }
  }
  let links = 0
  let right = 0
  for (const statement of record.statements) {
    const link = statement.respondsTo
    if (!link) {
      continue
    }
    links++
    const quotes = statement.quotes.flatMap((i) => record.quotes[i] ?? [])
    const ok = gold.responses.some(
      (r) =>
        quotes.some((q: RecordQuote) => overlaps(q.text, gold.quotes[r.quote]?.text ?? '')) &&
        answers(r, link.speaker),
    )
    right += ok ? 1 : 0
  }
  return { found, gold: gold.responses.length, links, right, missed }
}
