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
    MARK.lastIndex = paragraph.start
    for (
      let found = MARK.exec(text);
      found && found.index < paragraph.end;
      found = MARK.exec(text)
    ) {
      const i = found.index
      const mark = found[0]
      if (open === null) {
        if (canOpen(text, i, mark, paragraph.start)) {
          open = { index: i, mark }
        }
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

/** Every quotation mark, the two-character ones first so that '' is not read as one '. */
const MARK = new RegExp(
  [...OPEN_ONLY, ...CLOSE_ONLY, ...EITHER].sort((a, b) => b.length - a.length).join('|'),
  'g',
)

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
