import type { Span } from '../annotation.ts'

/** A quotation found between marks. `inner` excludes the marks themselves. */
export interface MarkedQuote {
  outer: Span
  inner: Span
  /** True when the quote ran to the paragraph's end without a closing mark. */
  unclosed: boolean
}

const OPEN_ONLY = new Set(['«', '„', '‹'])
const CLOSE_ONLY = new Set(['»', '›'])
const EITHER = new Set(['"', '“', '”'])
/** Which marks may close a quote opened by each mark. */
const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '‹': '›',
  '„': '“”"',
  '“': '”“"',
  '”': '”',
  '"': '"”“',
}

/**
 * Pairs quotation marks inside each paragraph, whatever the style: "…", “…”, the mismatched
 * “…“, «…», „…“. A mark opens when a space or the paragraph start comes before it and a
 * non-space after; it closes when a non-space comes before it. Marks of another style inside
 * an open quote are nested quotes and are skipped. A quote left open at a paragraph's end runs
 * to that end, and on into the next paragraph when that one opens with a mark (the convention
 * for quotes over several paragraphs).
 */
export function findMarkedQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = []
  let carried: MarkedQuote | null = null
  for (const paragraph of paragraphs) {
    let open: { index: number; mark: string } | null = null
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const mark = text[i]!
      if (!OPEN_ONLY.has(mark) && !CLOSE_ONLY.has(mark) && !EITHER.has(mark)) {
        continue
      }
      if (open === null) {
        if (canOpen(text, i, paragraph.start)) {
          open = { index: i, mark }
        }
        continue
      }
      if ((CLOSERS[open.mark] ?? '').includes(mark) && canClose(text, i)) {
        const quote = {
          outer: { start: open.index, end: i + 1 },
          inner: { start: open.index + 1, end: i },
          unclosed: false,
        }
        if (carried && open.index === paragraph.start) {
          carried.outer.end = i + 1
          carried.inner.end = i
          carried.unclosed = false
          carried = null
        } else {
          quotes.push(quote)
        }
        open = null
      }
    }
    if (open !== null) {
      if (carried && open.index === paragraph.start) {
        carried.outer.end = paragraph.end
        carried.inner.end = paragraph.end
      } else {
        carried = {
          outer: { start: open.index, end: paragraph.end },
          inner: { start: open.index + 1, end: paragraph.end },
          unclosed: true,
        }
        quotes.push(carried)
      }
    } else {
      carried = null
    }
  }
  return quotes
}

function canOpen(text: string, i: number, paragraphStart: number): boolean {
  const mark = text[i]!
  if (CLOSE_ONLY.has(mark)) {
    return false
  }
  const before = i === paragraphStart ? ' ' : text[i - 1]!
  const after = text[i + 1] ?? ' '
  return (OPEN_ONLY.has(mark) || /[\s([{—–:-]/.test(before)) && !/\s/.test(after)
}

function canClose(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' '
  const after = text[i + 1] ?? ' '
  return !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after)
}
