import type { Span } from './annotation.ts'

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'inc',
  'ltd',
  'co',
  'corp',
  'dep',
  'amb',
  'rep',
  'sen',
  'gov',
])

/**
 * Splits text into sentence spans. Ends a sentence at . ! ? (with closing quotes and brackets
 * after them) followed by a space and an upper-case letter, a digit or an opening quote, and at
 * every paragraph break; never after a known abbreviation or a single initial ("N. Pashinyan").
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let start = skipSpace(text, 0)
  const boundary = /[.!?…]+["'”“»’)\]]*(?=\s+["'“«‘(]?[\p{Lu}\d])|\n\s*\n/gu
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length
    if (!match[0].startsWith('\n') && !isRealEnd(text, match.index)) {
      continue
    }
    const trimmedEnd = match[0].startsWith('\n') ? match.index : end
    if (trimmedEnd > start) {
      spans.push({ start, end: trimmedEnd })
    }
    start = skipSpace(text, end)
  }
  const tail = text.trimEnd().length
  if (tail > start) {
    spans.push({ start, end: tail })
  }
  return spans
}

/** Paragraph spans: the body's blocks between blank lines. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (const match of text.matchAll(/\n\s*\n/g)) {
    if (match.index > start) {
      spans.push({ start, end: match.index })
    }
    start = match.index + match[0].length
  }
  if (text.length > start) {
    spans.push({ start, end: text.length })
  }
  return spans
}

function isRealEnd(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') {
    return true
  }
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex))
  const word = before?.[1] ?? ''
  if (word.length === 1 && /\p{Lu}/u.test(word)) {
    return false // an initial
  }
  return !ABBREVIATIONS.has(word.toLowerCase())
}

function skipSpace(text: string, index: number): number {
  let i = index
  while (i < text.length && /\s/.test(text[i]!)) {
    i++
  }
  return i
}

/** The span among `spans` that contains `offset`, or undefined. */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const span = spans[mid]!
    if (offset < span.start) {
      high = mid - 1
    } else if (offset >= span.end) {
      low = mid + 1
    } else {
      return span
    }
  }
  return undefined
}
