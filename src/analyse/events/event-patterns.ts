/**
 * The event pattern table (kb/cameo/event-patterns.json) compiled for matching: every phrase
 * becomes a list of slots, verbs are inflected from their lemma, and patterns are indexed by
 * the word they start with, so the coder looks up only the patterns a word can begin.
 * docs/event-coding.md describes the data format.
 */
import { readFileSync } from 'node:fs'
import { AppError } from '../../core/errors.ts'
import { inflect } from './inflect.ts'

/** One position in a pattern: alternative word sequences, after a gap of up to `gap` words. */
export interface Slot {
  alts: readonly (readonly string[])[]
  gap: number
}

/** How an arms-transfer trigger relates its subject to the weapons. */
export type TransferDirection = 'supply' | 'acquire'

/** A compiled pattern. */
export interface CompiledPattern {
  code: string
  kind: 'verb' | 'noun'
  slots: readonly Slot[]
  /** Words matched literally × 10 plus the code's length: the more specific wins. */
  score: number
  /** Position in the file: the earlier wins a tie. */
  order: number
  /** Set on arms-transfer patterns; `auto` reads the direction from the verb. */
  transfer: TransferDirection | 'auto' | null
  /** PLOVER type where the pattern's sense differs from the CAMEO code's mapping. */
  plover: string | null
}

/** A head code's effect on the event that completes it ("urged … to release"). */
export interface ComplementRule {
  modality: 'requested' | 'possible' | 'alleged' | 'negated'
  refine: Readonly<Record<string, string>>
}

/** The compiled table. */
export interface PatternTable {
  /** First word form → patterns that can start there, best first. */
  index: ReadonlyMap<string, readonly CompiledPattern[]>
  heads: ReadonlyMap<string, ComplementRule>
  weaponSystems: readonly string[]
  /** Code → words in the sentence that name the means ("aircraft" makes a killing 195). */
  instruments: ReadonlyMap<string, ReadonlySet<string>>
  ploverFallback: Readonly<Record<string, string>>
  size: number
}

interface PatternFile {
  classes: Record<string, string[]>
  weaponSystems: string[]
  instruments: Record<string, string[]>
  ploverFallback: Record<string, string>
  complements: { heads: Record<string, ComplementRule> }
  patterns: {
    code: string
    verbs: string[]
    nouns: string[]
    transfer?: TransferDirection | 'auto'
    plover?: string
  }[]
}

const GAPS: Readonly<Record<string, number>> = { '*': 4, '**': 8 }

/**
 * Compiles the pattern file's data. Throws an AppError naming the phrase when a class is
 * unknown or a phrase is empty.
 */
export function compilePatterns(data: PatternFile): PatternTable {
  const index = new Map<string, CompiledPattern[]>()
  let order = 0
  let size = 0
  for (const entry of data.patterns) {
    const phrases = [
      ...entry.verbs.map((p) => ({ p, kind: 'verb' as const })),
      ...entry.nouns.map((p) => ({ p, kind: 'noun' as const })),
    ]
    for (const { p, kind } of phrases) {
      const slots = parsePhrase(p, data.classes)
      const first = slots[0]
      if (!first) {
        throw new AppError('invalid_patterns', `watchdesk: empty event pattern for ${entry.code}`)
      }
      const literal = slots.reduce((n, s) => n + Math.min(...s.alts.map((a) => a.length)), 0)
      const pattern: CompiledPattern = {
        code: entry.code,
        kind,
        slots,
        score: literal * 10 + entry.code.length,
        order: order++,
        transfer: entry.transfer ?? null,
        plover: entry.plover ?? null,
      }
      size++
      const starts = new Set<string>()
      for (const alt of first.alts) {
        const word = alt[0]!
        for (const form of kind === 'verb' ? inflect(word) : [word]) {
          starts.add(form)
        }
      }
      for (const form of starts) {
        const list = index.get(form) ?? []
        list.push(kind === 'verb' ? { ...pattern, slots: verbSlots(slots) } : pattern)
        index.set(form, list)
      }
    }
  }
  for (const list of index.values()) {
    list.sort((a, b) => b.score - a.score || a.order - b.order)
  }
  return {
    index,
    heads: new Map(Object.entries(data.complements.heads)),
    weaponSystems: data.weaponSystems,
    instruments: new Map(Object.entries(data.instruments).map(([k, v]) => [k, new Set(v)])),
    ploverFallback: data.ploverFallback,
    size,
  }
}

/** A verb's first slot matches any inflected form of its lemmas. */
function verbSlots(slots: readonly Slot[]): Slot[] {
  const [first, ...rest] = slots
  const alts = first!.alts.flatMap((alt) => inflect(alt[0]!).map((form) => [form, ...alt.slice(1)]))
  return [{ alts, gap: 0 }, ...rest]
}

function parsePhrase(phrase: string, classes: Record<string, string[]>): Slot[] {
  const slots: Slot[] = []
  let gap = 0
  for (const word of phrase.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (word in GAPS) {
      gap = GAPS[word]!
      continue
    }
    const alts = word.split('|').flatMap((alt): string[][] => {
      if (alt.startsWith('$')) {
        const members = classes[alt.slice(1)]
        if (!members) {
          throw new AppError(
            'invalid_patterns',
            `watchdesk: unknown word class "${alt}" in "${phrase}"`,
          )
        }
        return members.map((m) => [m])
      }
      return [alt.split('_')]
    })
    slots.push({ alts, gap })
    gap = 0
  }
  return slots
}

let cached: PatternTable | null = null

/** The default pattern table, compiled once on first use. */
export function patternTable(): PatternTable {
  cached ??= compilePatterns(
    JSON.parse(
      readFileSync(new URL('../../../kb/cameo/event-patterns.json', import.meta.url), 'utf8'),
    ) as PatternFile,
  )
  return cached
}
