import type { Span } from '../annotation.ts'

/** A quotation found between marks. `inner` excludes the marks themselves. */
export interface MarkedQuote {
  outer: Span
  inner: Span
  /** True when the quote ran to the paragraph's end without a closing mark. */
  unclosed: boolean
}

const OPEN_ONLY = new Set(['«', '„', '‹', '``'])
const CLOSE_ONLY = new Set(['»', '›'])
const EITHER = new Set(['"', '“', '”', "''"])
/** Which marks may close a quote opened by each mark. */
const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '«': ['»'],
  '‹': ['›'],
  '„': ['“', '”', '"'],
  '“': ['”', '“', '"'],
  '”': ['”'],
  '"': ['"', '”', '“'],
  "''": ["''"],
  '``': ["''"],
}

/**
 * Pairs quotation marks inside each paragraph, whatever the style: "…", “…”, the mismatched
 * “…“, «…», „…“. A mark opens when a space or the paragraph start comes before it and a
 * non-space after; it closes when a non-space comes before it. Marks of another style inside
 * an open quote are nested quotes and are skipped. A quote left open at a paragraph's end runs
 * to that end, and on into the next paragraph when that one opens with a mark (the convention
 * for quotes over several paragraphs). Two apostrophes stand for a double mark, as in wire and
 * archive text typed without curly quotes: ''…'' and ``…''.
 */
export function findMarkedQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = []
  let carried: MarkedQuote | null = null
  for (const paragraph of paragraphs) {
    let open: { index: number; mark: string } | null = null
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const mark = markAt(text, i)
      if (mark === null) {
        continue
      }
      if (open === null) {
        if (canOpen(text, i, mark, paragraph.start)) {
          open = { index: i, mark }
        }
        i += mark.length - 1
        continue
      }
      if (closes(open.mark, mark) && canClose(text, i, mark)) {
        const quote = {
          outer: { start: open.index, end: i + mark.length },
          inner: { start: open.index + open.mark.length, end: i },
          unclosed: false,
        }
        if (carried && open.index === paragraph.start) {
          carried.outer.end = i + mark.length
          carried.inner.end = i
          carried.unclosed = false
          carried = null
        } else {
          quotes.push(quote)
        }
        open = null
      }
      i += mark.length - 1
    }
    if (open !== null) {
      if (carried && open.index === paragraph.start) {
        carried.outer.end = paragraph.end
        carried.inner.end = paragraph.end
      } else {
        carried = {
          outer: { start: open.index, end: paragraph.end },
          inner: { start: open.index + open.mark.length, end: paragraph.end },
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

/** The quotation mark at `i`, two characters for '' and ``; null when there is none. */
function markAt(text: string, i: number): string | null {
  const char = text[i]!
  if (char === "'" || char === '`') {
    return text[i + 1] === char ? char + char : null
  }
  return OPEN_ONLY.has(char) || CLOSE_ONLY.has(char) || EITHER.has(char) ? char : null
}

function closes(opener: string, mark: string): boolean {
  return (CLOSERS[opener] ?? []).includes(mark)
}

function canOpen(text: string, i: number, mark: string, paragraphStart: number): boolean {
  if (CLOSE_ONLY.has(mark)) {
    return false
  }
  const before = i === paragraphStart ? ' ' : text[i - 1]!
  const after = text[i + mark.length] ?? ' '
  return (OPEN_ONLY.has(mark) || /[\s([{—–:-]/.test(before)) && !/\s/.test(after)
}

function canClose(text: string, i: number, mark: string): boolean {
  const before = text[i - 1] ?? ' '
  const after = text[i + mark.length] ?? ' '
  return !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after)
}
