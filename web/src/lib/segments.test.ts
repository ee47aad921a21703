import { describe, expect, it } from 'vitest'
import { nestSpans, type Segment, type SpanLike } from './segments'

interface Tagged extends SpanLike {
  tag: string
}

const span = (tag: string, start: number, end: number): Tagged => ({ tag, start, end })

/** Renders a segment tree as `[tag:…]` brackets for readable assertions. */
function show(segments: readonly Segment<Tagged>[]): string {
  return segments
    .map((s) => (s.type === 'text' ? s.text : `[${s.span.tag}:${show(s.children)}]`))
    .join('')
}

/** Checks the invariants every tree must hold, returns the text of its leaves. */
function check(text: string, segments: readonly Segment<Tagged>[], from: number, to: number): void {
  let at = from
  for (const s of segments) {
    expect(s.start).toBe(at)
    expect(s.end).toBeGreaterThan(s.start)
    if (s.type === 'text') {
      expect(s.text).toBe(text.slice(s.start, s.end))
    } else {
      expect(s.start).toBeGreaterThanOrEqual(s.span.start)
      expect(s.end).toBeLessThanOrEqual(s.span.end)
      check(text, s.children, s.start, s.end)
    }
    at = s.end
  }
  expect(at).toBe(segments.length === 0 ? from : to)
}

describe('nestSpans', () => {
  it('returns the text alone when there are no spans', () => {
    expect(nestSpans('plain text', [])).toEqual([
      { type: 'text', start: 0, end: 10, text: 'plain text' },
    ])
  })

  it('returns nothing for an empty range', () => {
    expect(nestSpans('', [])).toEqual([])
    expect(nestSpans('abc', [span('a', 0, 3)], { start: 2, end: 2 })).toEqual([])
  })

  it('marks disjoint spans side by side', () => {
    const text = 'Pashinyan met Aliyev'
    const tree = nestSpans(text, [span('b', 14, 20), span('a', 0, 9)])
    expect(show(tree)).toBe('[a:Pashinyan] met [b:Aliyev]')
    check(text, tree, 0, text.length)
  })

  it('puts the shorter span inside the longer one when they nest', () => {
    const text = '"Pashinyan is wrong," she said'
    const tree = nestSpans(text, [span('actor', 1, 10), span('quote', 0, 21)])
    expect(show(tree)).toBe('[quote:"[actor:Pashinyan] is wrong,"] she said')
    check(text, tree, 0, text.length)
  })

  it('nests several levels deep', () => {
    const text = 'abcdefghij'
    const tree = nestSpans(text, [span('c', 3, 5), span('a', 0, 10), span('b', 2, 8)])
    expect(show(tree)).toBe('[a:ab[b:c[c:de]fgh]ij]')
  })

  it('splits a span that overlaps the end of a longer one', () => {
    // quote [0,10) is longer than event [6,14): the event is cut at the quote's end.
    const text = 'aaaaaabbbbcccc'
    const tree = nestSpans(text, [span('quote', 0, 10), span('event', 6, 14)])
    expect(show(tree)).toBe('[quote:aaaaaa[event:bbbb]][event:cccc]')
    check(text, tree, 0, text.length)
    const [quote, rest] = tree
    expect(quote?.type === 'mark' && quote.children[1]).toMatchObject({ first: true, last: false })
    expect(rest).toMatchObject({ type: 'mark', first: false, last: true, start: 10, end: 14 })
  })

  it('splits a span that overlaps the start of a longer one', () => {
    const text = 'xxxxyyyyyyyy'
    const tree = nestSpans(text, [span('short', 0, 6), span('long', 2, 12)])
    expect(show(tree)).toBe('[short:xx][long:[short:xxyy]yyyyyy]')
    check(text, tree, 0, text.length)
  })

  it('treats the longer span as outer whatever the input order', () => {
    const text = 'abcdef'
    const a = nestSpans(text, [span('in', 1, 3), span('out', 0, 6)])
    const b = nestSpans(text, [span('out', 0, 6), span('in', 1, 3)])
    expect(show(a)).toBe('[out:a[in:bc]def]')
    expect(show(b)).toBe(show(a))
  })

  it('breaks ties between equal spans with compare, then input order', () => {
    const text = 'Bishkek'
    const spans = [span('date', 0, 7), span('quote', 0, 7)]
    expect(show(nestSpans(text, spans))).toBe('[date:[quote:Bishkek]]')
    const compare = (x: Tagged, y: Tagged) => (x.tag === 'quote' ? -1 : y.tag === 'quote' ? 1 : 0)
    expect(show(nestSpans(text, spans, { compare }))).toBe('[quote:[date:Bishkek]]')
  })

  it('breaks ties between equal-length overlapping spans by input order', () => {
    const text = 'aaabbbccc'
    const tree = nestSpans(text, [span('x', 0, 6), span('y', 3, 9)])
    expect(show(tree)).toBe('[x:aaa[y:bbb]][y:ccc]')
  })

  it('keeps a split piece inside the pieces that contain it', () => {
    // A long event overlaps a quote that contains an actor: the actor stays whole.
    const text = 'He said "Aliyev lies" today.'
    const tree = nestSpans(text, [span('quote', 8, 21), span('actor', 9, 15), span('event', 0, 15)])
    expect(show(tree)).toBe('[event:He said [quote:"[actor:Aliyev]]][quote: lies"] today.')
    check(text, tree, 0, text.length)
  })

  it('segments only the requested range and clamps spans to it', () => {
    const text = 'One two.\n\nThree four.'
    const tree = nestSpans(text, [span('cross', 4, 15), span('in', 10, 15)], {
      start: 10,
      end: 21,
    })
    expect(show(tree)).toBe('[cross:[in:Three]] four.')
    expect(tree[0]).toMatchObject({ first: false, last: true })
    check(text, tree, 10, 21)
  })

  it('ignores empty, reversed, out-of-range and non-numeric spans', () => {
    const text = 'abc'
    const tree = nestSpans(text, [
      span('empty', 1, 1),
      span('reversed', 2, 1),
      span('outside', 5, 9),
      span('nan', Number.NaN, 2),
      span('clamped', -4, 1),
    ])
    expect(show(tree)).toBe('[clamped:a]bc')
  })

  it('handles offsets inside astral characters as plain string indices', () => {
    const text = 'a😀b'
    const tree = nestSpans(text, [span('emoji', 1, 3)])
    expect(show(tree)).toBe('a[emoji:😀]b')
  })

  it('holds its invariants on random overlapping spans', () => {
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const text = 'The quick brown fox jumps over the lazy dog, said the witness.'
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 1 + random(8) }, (_, i) => {
        const start = random(text.length)
        return span(`s${String(i)}`, start, start + 1 + random(20))
      })
      const tree = nestSpans(text, spans)
      check(text, tree, 0, text.length)
      // Every span's pieces cover exactly its (clamped) range, once.
      for (const s of spans) {
        const covered: number[] = []
        const walk = (nodes: readonly Segment<Tagged>[]) => {
          for (const n of nodes) {
            if (n.type === 'mark') {
              if (n.span === s) {
                for (let i = n.start; i < n.end; i++) {
                  covered.push(i)
                }
              }
              walk(n.children)
            }
          }
        }
        walk(tree)
        const expected: number[] = []
        for (let i = s.start; i < Math.min(s.end, text.length); i++) {
          expected.push(i)
        }
        expect(covered).toEqual(expected)
      }
    }
  })
})
