/**
 * Matching compiled event patterns against a sentence's words: tokenise once, look up the
 * patterns each word can start, keep the most specific match at each position, then keep
 * non-overlapping matches (a more specific pattern's words are never reused by another).
 */
import type { CompiledPattern, PatternTable } from './event-patterns.ts'

/** A word of the text, lower-cased, with its offsets. */
export interface Token {
  text: string
  start: number
  end: number
  /** True when punctuation that ends a clause stands between this word and the one before. */
  barrier: boolean
}

/** A pattern matched at a run of words. */
export interface PatternMatch {
  pattern: CompiledPattern
  /** Indexes of the words the pattern matched literally (gaps excluded). */
  words: number[]
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|[.,]\d+)*/gu
const BARRIER = /[.;:!?()"“”«»,]|\s[–—-]\s/

/** Splits `text` into words; offsets are shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const m of text.matchAll(WORD)) {
    tokens.push({
      text: m[0].toLowerCase().replace(/’/g, "'"),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      barrier: BARRIER.test(text.slice(last, m.index)),
    })
    last = m.index + m[0].length
  }
  return tokens
}

/** Every pattern match in the words, non-overlapping, in text order. */
export function matchPatterns(table: PatternTable, tokens: readonly Token[]): PatternMatch[] {
  const found: PatternMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    const candidates = table.index.get(tokens[i]!.text)
    if (!candidates) {
      continue
    }
    let best: PatternMatch | null = null
    for (const pattern of candidates) {
      const words = matchFrom(pattern, tokens, i)
      if (words && (!best || score({ pattern, words }) > score(best))) {
        best = { pattern, words }
      }
    }
    if (best) {
      found.push(best)
    }
  }
  found.sort(
    (a, b) => score(b) - score(a) || a.words[0]! - b.words[0]! || a.pattern.order - b.pattern.order,
  )
  const used = new Set<number>()
  const kept: PatternMatch[] = []
  for (const match of found) {
    if (match.words.some((w) => used.has(w))) {
      continue
    }
    for (const w of match.words) {
      used.add(w)
    }
    kept.push(match)
  }
  return kept.sort((a, b) => a.words[0]! - b.words[0]!)
}

/** Words matched × 10 plus the code's length: the more specific match wins. */
function score(match: PatternMatch): number {
  return match.words.length * 10 + match.pattern.code.length
}

function matchFrom(
  pattern: CompiledPattern,
  tokens: readonly Token[],
  start: number,
): number[] | null {
  const words: number[] = []
  let at = start
  for (const [s, slot] of pattern.slots.entries()) {
    let matched: number | null = null
    const maxGap = s === 0 ? 0 : slot.gap
    for (let gap = 0; gap <= maxGap && matched === null; gap++) {
      const from = at + gap
      if (from >= tokens.length || (s > 0 && crossesBarrier(tokens, at, from))) {
        break
      }
      for (const alt of slot.alts) {
        if (
          alt.every(
            (word, k) => tokens[from + k]?.text === word && (k === 0 || !tokens[from + k]!.barrier),
          )
        ) {
          matched = alt.length
          for (let k = 0; k < alt.length; k++) {
            words.push(from + k)
          }
          at = from + alt.length
          break
        }
      }
    }
    if (matched === null) {
      return null
    }
  }
  return words
}

/** True when a clause boundary lies between word `from` (exclusive of its own) and `to`. */
function crossesBarrier(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (tokens[k]?.barrier) {
      return true
    }
  }
  return false
}
