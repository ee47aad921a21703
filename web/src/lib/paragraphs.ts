/**
 * Paragraphs of an article body, as offset ranges so annotations keep pointing at the body.
 * @module
 */

import type { SpanLike } from './segments'

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g

/**
 * Splits `body` on blank lines (a newline, optional spaces, another newline) and returns each
 * paragraph's `[start, end)` range with surrounding whitespace left out. Empty paragraphs are
 * skipped.
 *
 * @example
 * ```ts
 * splitParagraphs('One.\n\nTwo.') // [{ start: 0, end: 4 }, { start: 6, end: 10 }]
 * ```
 */
export function splitParagraphs(body: string): SpanLike[] {
  const ranges: SpanLike[] = []
  let start = 0
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    pushTrimmed(ranges, body, start, match.index)
    start = match.index + match[0].length
  }
  pushTrimmed(ranges, body, start, body.length)
  return ranges
}

function pushTrimmed(ranges: SpanLike[], body: string, from: number, to: number): void {
  let start = from
  let end = to
  while (start < end && /\s/.test(body.charAt(start))) {
    start++
  }
  while (end > start && /\s/.test(body.charAt(end - 1))) {
    end--
  }
  if (start < end) {
    ranges.push({ start, end })
  }
}
