/**
 * Actor-resolution accuracy on the hand-annotated demo articles (`npm run eval:actors`).
 *
 * Gold files: corpus/demo/annotations/<slug>.actors.json (format in docs/knowledge-base.md).
 * Each gold mention is `[text, actor]`, in reading order; it is found in the extracted body by
 * searching for the text (whole words) after the end of the previous gold mention. Predicted mentions come
 * from the whole pipeline over the rendered page (extraction included), as users get them.
 *
 * - mentions: precision and recall of (span, actor id) pairs; a leading "the " is ignored on
 *   both sides. "Lenient" counts a predicted mention that overlaps a gold one with the same actor.
 * - roles: for each person the gold gives a role, the record's `actors[].role` must name the
 *   same office (same office key or role noun, same qualifier: acting, deputy, former …).
 * `--verbose` lists every miss.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROLE_ALTERNATION } from '../src/analyse/actors/roles.ts'
import { extractDocument } from '../src/extract/extract-document.ts'
import { demoCorpusInputs, DEMO_CORPUS_DIR } from '../src/ingest/seed-demo-corpus.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { KNOWN_TITLES, titleKey } from '../src/kb/role-titles.ts'

interface Gold {
  slug: string
  mentions: [string, string][]
  roles: Record<string, string>
}
interface Span {
  start: number
  end: number
  actor: string | null
  text: string
}

const ROLE_NOUN = new RegExp(`\\b(${ROLE_ALTERNATION})\\b`, 'i')
const QUALIFIERS = ['deputy', 'vice', 'acting', 'first', 'former']
const verbose = process.argv.includes('--verbose')
const dir = join(DEMO_CORPUS_DIR, 'annotations')
const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
const inputs = new Map(demoCorpusInputs().map((item) => [item.label, item]))
const totals = { tp: 0, lenient: 0, predicted: 0, gold: 0, rolesRight: 0, roles: 0 }

console.log('article                                                       P      R      roles')
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.actors.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold
  const document = inputs.get(gold.slug)?.document
  if (!document) {
    throw new Error(`eval:actors: no demo-corpus article "${gold.slug}" for ${file}`)
  }
  const { record } = extractDocument(document, { kb })
  const expected = locate(record.body, gold)
  const predicted = record.mentions.map((m) => normalise({ ...m }))
  const key = (s: Span): string => `${s.start}:${s.end}:${s.actor}`
  const goldKeys = new Set(expected.map(key))
  const tp = predicted.filter((p) => goldKeys.has(key(p))).length
  const lenient = predicted.filter((p) =>
    expected.some((g) => g.actor === p.actor && g.start < p.end && p.start < g.end),
  ).length
  let rolesRight = 0
  for (const [actor, role] of Object.entries(gold.roles)) {
    const got = record.actors.find((a) => a.id === actor)?.role ?? null
    if (got !== null && sameRole(role, got)) {
      rolesRight++
    } else if (verbose) {
      console.log(`   role ${actor}: gold "${role}", got ${JSON.stringify(got)}`)
    }
  }
  if (verbose) {
    const predictedKeys = new Set(predicted.map(key))
    expected
      .filter((g) => !predictedKeys.has(key(g)))
      .forEach((g) => {
        console.log(`   missed ${g.start} "${g.text}" → ${g.actor}`)
      })
    predicted
      .filter((p) => !goldKeys.has(key(p)))
      .forEach((p) => {
        console.log(`   wrong  ${p.start} "${p.text}" → ${p.actor}`)
      })
  }
  const roles = Object.keys(gold.roles).length
  console.log(
    `${gold.slug.padEnd(60)}  ${ratio(tp, predicted.length)}  ${ratio(tp, expected.length)}  ${rolesRight}/${roles}`,
  )
  totals.tp += tp
  totals.lenient += lenient
  totals.predicted += predicted.length
  totals.gold += expected.length
  totals.rolesRight += rolesRight
  totals.roles += roles
}
const p = totals.tp / totals.predicted
const r = totals.tp / totals.gold
console.log(
  `\nmentions → actor ids: precision ${fmt(p)}, recall ${fmt(r)}, F1 ${fmt((2 * p * r) / (p + r))} (${totals.tp} right of ${totals.predicted} predicted, ${totals.gold} gold)`,
)
console.log(
  `lenient (overlapping span, same actor): precision ${fmt(totals.lenient / totals.predicted)}, recall ${fmt(totals.lenient / totals.gold)}`,
)
console.log(
  `roles: ${totals.rolesRight}/${totals.roles} right (${fmt(totals.rolesRight / totals.roles)})`,
)

function locate(body: string, gold: Gold): Span[] {
  let from = 0
  return gold.mentions.map(([text, actor]) => {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    )
    pattern.lastIndex = from
    const found = pattern.exec(body)
    if (!found) {
      throw new Error(
        `eval:actors: ${gold.slug}: gold mention "${text}" not found after offset ${from}`,
      )
    }
    from = found.index + text.length
    return normalise({ text, actor, start: found.index, end: found.index + text.length })
  })
}

function normalise(span: Span): Span {
  const the = /^the\s+/i.exec(span.text)
  return the
    ? { ...span, start: span.start + the[0].length, text: span.text.slice(the[0].length) }
    : span
}

/** Same office: equal text, or the same office key / role noun with the same qualifiers. */
function sameRole(gold: string, got: string): boolean {
  const a = gold.toLowerCase().trim()
  const b = got.toLowerCase().trim()
  return a === b || (head(a) !== null && head(a) === head(b) && qualifiers(a) === qualifiers(b))
}

function head(role: string): string | null {
  const title = KNOWN_TITLES.find((t) => new RegExp(`\\b${t}\\b`).test(role.replace(/-/g, ' ')))
  const key = title ? titleKey(title) : null
  return (
    key ??
    ROLE_NOUN.exec(role)?.[1]
      ?.toLowerCase()
      .replace(/^spokes\w+/, 'spokesperson') ??
    null
  )
}

function qualifiers(role: string): string {
  return QUALIFIERS.filter((q) => new RegExp(`\\b${q}\\b`).test(role)).join(',')
}

function ratio(n: number, d: number): string {
  return fmt(d === 0 ? 1 : n / d)
}

function fmt(x: number): string {
  return x.toFixed(3)
}
