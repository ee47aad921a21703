/**
 * A synthetic archive for the scale benchmark: Article Records as the pipeline would produce
 * them for regional political news, made from the knowledge base (people with their countries,
 * states, organisations, capitals) and a pool of sentence patterns, one record at a time so
 * that a million never sit in memory at once.
 *
 * Realistic where the store feels it: bodies of 8–14 paragraphs (about 4 KB) whose vocabulary
 * varies enough that unrelated articles are not near copies, two to five actors with a skewed
 * popularity (a few leaders appear in many articles), one or two events, a quote and its
 * statement, sometimes answering an earlier speaker, outlets of different sizes, and about one
 * article in twenty republished by another outlet a day later.
 */
import { ARTICLE_SCHEMA, type ArticleRecord, type RecordActor } from '../src/core/article.ts'
import type { KbEntry } from '../src/kb/kb-types.ts'
import type { KnowledgeBase } from '../src/kb/knowledge-base.ts'

const EVENTS = [
  ['020', '02', 'Make an appeal or request', 3],
  ['036', '03', 'Express intent to meet or negotiate', 4],
  ['040', '04', 'Consult', 1],
  ['043', '04', 'Host a visit', 2.8],
  ['051', '05', 'Praise or endorse', 3.4],
  ['057', '05', 'Sign formal agreement', 8],
  ['111', '11', 'Criticize or denounce', -2],
  ['112', '11', 'Accuse', -2],
  ['128', '12', 'Defy norms, law', -4],
  ['138', '13', 'Threaten with military force', -7],
  ['172', '17', 'Impose administrative sanctions', -5],
  ['190', '19', 'Use conventional military force', -10],
] as const

const TOPICS = [
  'border delimitation',
  'the peace treaty',
  'the Lachin corridor',
  'arms purchases',
  'the CSTO',
  'EU accession',
  'energy transit',
  'prisoners of war',
  'the transit route through Syunik',
  'gas prices',
  'the observer mission',
  'the constitutional referendum',
  'the foreign agents law',
  'election monitoring',
  'railway links',
  'the customs union',
  'water sharing on the Araks',
  'landmine clearance',
  'visa liberalisation',
  'the Black Sea cable',
]

const VERBS = [
  'urged',
  'criticised',
  'met',
  'accused',
  'welcomed',
  'rejected',
  'discussed',
  'warned',
]
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const WORDS =
  'administration agenda allies ambassador amendment analysts assembly authorities ballot bilateral budget cabinet capital ceasefire coalition committee compromise concerns conference constitution corridor council court crisis delegation demands deputies dialogue diplomats dispute draft economy envoy exports frontier guarantees initiative inspectors investment leaders legislation market mediation memorandum military ministers monitoring negotiators observers officials opposition parliament partners pipeline platform pledge police presidency programme protest ratification reforms refugees region resolution sanctions security settlement sovereignty spokesperson summit supporters talks tariffs territory trade treaty troops verification villages voters'.split(
    ' ',
  )

/** Sentence patterns: A and B are people, AC and BC their countries, T a topic, P a capital. */
const SENTENCES = [
  '{A} {V} {B} over {T} on {D}, officials in {P} said.',
  'The statement on {T} followed weeks of talks between {AC} and {BC} delegations, according to people familiar with the matter.',
  'Analysts said the dispute over {T} was unlikely to be settled before {M}, while {B} said his side remained open to dialogue.',
  'Speaking to reporters in {P}, {A} said that {N} {W} had been discussed and that a {W} on {T} could follow.',
  '{BC} has repeatedly rejected the {W} proposed by {AC}, calling it a matter of {W} and {W}.',
  'The talks in {P} lasted {N} hours and ended without a joint {W}, two {W} said.',
  'Earlier on {D}, the foreign ministry of {AC} summoned the {W} of {BC} to protest what it called {W} {W}.',
  'Opposition deputies in {AC} accused the government of hiding the terms of the {W} on {T}.',
  'A second round of consultations on {T} is expected in {M}, the {W} added.',
  'More than {N} people gathered outside the {W} building in {P} to demand {W} on {T}.',
  'The European Union and the United States have urged both sides to avoid steps that could undermine {T}.',
  '{A} later told {W} that {AC} would not accept any {W} that ignored its {W}.',
  'Officials in {BC} said {N} {W} had crossed the line of contact in the past week.',
  'The {W} of {AC} is due to vote on the {W} in {M}, with {N} deputies needed to pass it.',
  'In a statement, the ministry said {T} remained the main obstacle to a lasting {W}.',
  'Trade between {AC} and {BC} fell by {N} percent last year, according to official {W}.',
  '{B} also met {W} from the {W} committee and discussed {T} and {W}.',
  'Observers noted that the tone of the {W} had changed since {M}, when {A} first raised {T}.',
  'The two sides agreed to set up a joint {W} to look into {T} and report back within {N} days.',
  'Residents of villages near the border said they had heard {W} overnight, local media reported.',
  'A spokesperson for {B} declined to comment on the {W}, saying only that {T} was a matter for {W}.',
  'Critics of the {W} say it gives {AC} too much say over {T} and too little to {W}.',
  'The visit was the first by a {W} of {AC} to {P} in {N} years.',
  'Diplomats in {P} expect the question of {T} to dominate the {W} planned for {M}.',
]

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * A deterministic pseudo-random generator (mulberry32), so that every run stores the same
 * archive. Integer arithmetic throughout: a linear congruential step computed in doubles loses
 * bits above 2^53 and falls into a cycle of about a hundred values.
 */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const DAY = 86_400_000

/** The archive of `count` records. */
export function* syntheticRecords(kb: KnowledgeBase, count: number): Generator<ArticleRecord> {
  const entries = [...kb.entries()]
  const people = entries.filter((e) => e.kind === 'person' && e.country)
  const byId = new Map(entries.map((e) => [e.id, e]))
  const next = random(7)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  // Popularity falls with rank: the first few people are in many articles, most in few.
  const popular = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 2.5)]!
  const span = 2_900
  let previous: { record: ArticleRecord; at: number } | null = null
  for (let n = 0; n < count; n++) {
    if (previous && next() < 0.05) {
      yield republished(previous.record, n)
      previous = null
      continue
    }
    const a = popular(people)
    let b = popular(people)
    if (b.id === a.id) {
      b = pick(people)
    }
    const extras = Array.from({ length: Math.floor(next() * 3) }, () => pick(people))
    const at = Date.UTC(2018, 0, 1) + Math.floor(next() * span) * DAY
    const day = new Date(at).toISOString().slice(0, 10)
    const topic = pick(TOPICS)
    const countryName = (person: KbEntry) => byId.get(person.country ?? '')?.name ?? 'the region'
    const capitalOf = (person: KbEntry) => byId.get(person.country ?? '')?.capital ?? 'the capital'
    const fill = (pattern: string) =>
      pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
        switch (slot) {
          case 'A':
            return a.name
          case 'B':
            return b.name
          case 'AC':
            return countryName(a)
          case 'BC':
            return countryName(b)
          case 'T':
            return topic
          case 'P':
            return capitalOf(next() < 0.5 ? a : b)
          case 'D':
            return pick(DAYS)
          case 'M':
            return pick(MONTHS)
          case 'N':
            return String(2 + Math.floor(next() * 400))
          case 'V':
            return pick(VERBS)
          default:
            return pick(WORDS)
        }
      })
    const paragraphs = [fill(SENTENCES[0]!)]
    const quote = `${capitalize(topic)} cannot be decided without ${countryName(a)}, and we will not ${pick(['accept', 'sign', 'discuss', 'ignore'])} a ${pick(WORDS)} that says otherwise`
    const quoteParagraph = `“${quote},” ${a.name} said.`
    const length = 8 + Math.floor(next() * 7)
    for (let p = 1; p < length; p++) {
      paragraphs.push(
        p === 2
          ? quoteParagraph
          : Array.from({ length: 1 + Math.floor(next() * 3) }, () => fill(pick(SENTENCES))).join(
              ' ',
            ),
      )
    }
    const body = `${paragraphs.join('\n\n')}\n\nReport ${String(n)}.`
    const quoteStart = body.indexOf(quote)
    const actors = [...new Map([a, b, ...extras].map((p) => [p.id, actorOf(p)])).values()]
    const events = Array.from({ length: 1 + Math.floor(next() * 2) }, (_, i) => {
      const event = pick(EVENTS)
      return {
        code: event[0],
        root: event[1],
        label: event[2],
        plover: null,
        goldstein: event[3],
        source: { actor: a.id, name: a.name, cameo: a.cameo },
        target: { actor: b.id, name: b.name, cameo: b.cameo },
        date: day,
        location: null,
        start: i,
        end: i + 1,
      }
    })
    const answers = next() < 0.3
    const outlet = Math.floor(12 * next() ** 2)
    const record: ArticleRecord = {
      schema: ARTICLE_SCHEMA,
      id: `synthetic-${String(n)}`,
      url: `https://outlet${String(outlet)}.example/news/${String(n)}`,
      canonicalUrl: null,
      source: { name: `Outlet ${String(outlet)}`, domain: `outlet${String(outlet)}.example` },
      title: `${a.name} ${pick(VERBS)} ${b.name} over ${topic}`,
      byline:
        next() < 0.7 ? `${pick(['Anna', 'Giorgi', 'Leyla', 'Aram', 'Nino'])} ${pick(WORDS)}` : null,
      published: `${day}T${String(6 + Math.floor(next() * 14)).padStart(2, '0')}:00:00+04:00`,
      language: 'en',
      body,
      actors,
      mentions: [a, b].map((person) => {
        const start = body.indexOf(person.name)
        return { text: person.name, start, end: start + person.name.length, actor: person.id }
      }),
      quotes: [
        {
          text: quote,
          type: 'direct',
          speaker: { name: a.name, actor: a.id, role: null },
          cue: 'said',
          start: quoteStart,
          end: quoteStart + quote.length,
        },
      ],
      statements: [
        {
          id: `synthetic-${String(n)}#s0`,
          speaker: { name: a.name, actor: a.id },
          quotes: [0],
          respondsTo: answers
            ? { speaker: { name: b.name, actor: b.id }, article: null, statement: null }
            : null,
        },
      ],
      events,
      references: [],
    }
    previous = { record, at }
    yield record
  }
}

/** The same story on another outlet the next day, with its dateline and credit line. */
function republished(original: ArticleRecord, n: number): ArticleRecord {
  const shift = 'YEREVAN (Wire) — '.length
  const published = new Date(Date.parse(original.published!) + DAY).toISOString()
  return {
    ...original,
    id: `synthetic-${String(n)}`,
    url: `https://wire-mirror.example/${String(n)}`,
    source: { name: 'Wire Mirror', domain: 'wire-mirror.example' },
    published,
    body: `YEREVAN (Wire) — ${original.body} (Wire)`,
    mentions: original.mentions.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })),
    quotes: original.quotes.map((q) => ({ ...q, start: q.start + shift, end: q.end + shift })),
    statements: original.statements.map((s) => ({ ...s, id: `synthetic-${String(n)}#s0` })),
  }
}

function actorOf(person: KbEntry): RecordActor {
  return {
    id: person.id,
    name: person.name,
    kind: 'person',
    country: person.country ?? null,
    cameo: person.cameo,
    role: null,
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
