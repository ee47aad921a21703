/**
 * Turns a text and a set of annotation spans into a tree of segments that can be rendered as
 * properly nested elements.
 *
 * Spans are JavaScript string offsets (`end` exclusive) and may nest or overlap: a quote
 * contains actor mentions, an event span may overlap a quote. HTML needs strict nesting, so
 * overlapping spans are split.
 *
 * Workflow of {@link nestSpans}:
 * 1. Clamp every span to the requested range and drop those left empty (or malformed).
 * 2. In the current region, the longest piece is the outer one (ties: the longer original span,
 *    then the caller's `compare`, then input order).
 * 3. Every other piece is cut at the outer piece's edges into a part before it, a part inside
 *    it and a part after it; each part is nested the same way, recursively.
 * @module
 */

/** A stretch of the text to mark. */
export interface SpanLike {
  readonly start: number
  readonly end: number
}

/** Unmarked text. */
export interface TextSegment {
  type: 'text'
  start: number
  end: number
  text: string
}

/** A marked piece of text: all of `span` or the piece of it that fits the nesting. */
export interface MarkSegment<T extends SpanLike> {
  type: 'mark'
  start: number
  end: number
  span: T
  /**
   * True for the piece where the span begins: false on the later pieces of a split span, and
   * on a span that began before the requested range.
   */
  first: boolean
  /** True for the piece where the span ends. */
  last: boolean
  children: Segment<T>[]
}

/** A node of the segment tree. */
export type Segment<T extends SpanLike> = TextSegment | MarkSegment<T>

/** Options of {@link nestSpans}. */
export interface NestOptions<T extends SpanLike> {
  /** Start of the range to segment (default 0). */
  start?: number
  /** End of the range to segment (default: the text's length). */
  end?: number
  /**
   * Orders spans of equal length: negative when `a` should be outside `b`. Without it, earlier
   * spans in the input are outside later ones.
   */
  compare?: (a: T, b: T) => number
}

interface Piece<T extends SpanLike> {
  span: T
  start: number
  end: number
  /** Rank of the span among all spans; lower ranks win ties for the outer place. */
  rank: number
}

/**
 * Segments `text[start, end)` by `spans`, splitting overlapping spans so that every mark nests
 * inside its parent. Concatenating the text of the leaves gives back the range exactly.
 *
 * @example
 * ```ts
 * nestSpans('He said hi', [{ start: 0, end: 10 }, { start: 0, end: 2 }])
 * // [{ type: 'mark', span: {0,10}, children: [{ type: 'mark', span: {0,2}, … }, text ' said hi'] }]
 * ```
 */
export function nestSpans<T extends SpanLike>(
  text: string,
  spans: readonly T[],
  options: NestOptions<T> = {},
): Segment<T>[] {
  const from = clamp(options.start ?? 0, 0, text.length)
  const to = clamp(options.end ?? text.length, from, text.length)
  const compare = options.compare
  const ranked = spans
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => Number.isFinite(span.start) && Number.isFinite(span.end))
    .sort(
      (a, b) =>
        length(b.span) - length(a.span) ||
        (compare ? compare(a.span, b.span) : 0) ||
        a.index - b.index,
    )
  const pieces: Piece<T>[] = []
  ranked.forEach(({ span }, rank) => {
    const start = Math.max(span.start, from)
    const end = Math.min(span.end, to)
    if (start < end) {
      pieces.push({ span, start, end, rank })
    }
  })
  return build(text, from, to, pieces)
}

function build<T extends SpanLike>(
  text: string,
  from: number,
  to: number,
  pieces: Piece<T>[],
): Segment<T>[] {
  const top = pickOuter(pieces)
  if (!top) {
    return from < to ? [{ type: 'text', start: from, end: to, text: text.slice(from, to) }] : []
  }
  const before: Piece<T>[] = []
  const inside: Piece<T>[] = []
  const after: Piece<T>[] = []
  for (const piece of pieces) {
    if (piece === top) {
      continue
    }
    pushClipped(before, piece, from, top.start)
    pushClipped(inside, piece, top.start, top.end)
    pushClipped(after, piece, top.end, to)
  }
  const mark: MarkSegment<T> = {
    type: 'mark',
    start: top.start,
    end: top.end,
    span: top.span,
    first: top.start === top.span.start,
    last: top.end === top.span.end,
    children: build(text, top.start, top.end, inside),
  }
  return [...build(text, from, top.start, before), mark, ...build(text, top.end, to, after)]
}

/** The longest piece; on equal length, the best-ranked one. */
function pickOuter<T extends SpanLike>(pieces: readonly Piece<T>[]): Piece<T> | undefined {
  let best: Piece<T> | undefined
  for (const piece of pieces) {
    if (
      !best ||
      length(piece) > length(best) ||
      (length(piece) === length(best) && piece.rank < best.rank)
    ) {
      best = piece
    }
  }
  return best
}

function pushClipped<T extends SpanLike>(
  into: Piece<T>[],
  piece: Piece<T>,
  from: number,
  to: number,
): void {
  const start = Math.max(piece.start, from)
  const end = Math.min(piece.end, to)
  if (start < end) {
    into.push({ ...piece, start, end })
  }
}

function length(span: SpanLike): number {
  return span.end - span.start
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}
