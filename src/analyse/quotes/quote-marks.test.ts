import { describe, expect, it } from 'vitest'
import { splitParagraphs } from '../text.ts'
import { findMarkedQuotes } from './quote-marks.ts'

function quotes(text: string): string[] {
  return findMarkedQuotes(text, splitParagraphs(text)).map((q) =>
    text.slice(q.inner.start, q.inner.end),
  )
}

describe('findMarkedQuotes', () => {
  it.each([
    ['straight', 'He said: "We are ready to talk." Then he left.', 'We are ready to talk.'],
    ['curly', 'He said: “We are ready to talk.” Then he left.', 'We are ready to talk.'],
    [
      'mismatched “…“ as on real pages',
      '“We are ready to talk,“ he said.',
      'We are ready to talk,',
    ],
    ['guillemets', 'Он сказал: «Мы готовы к переговорам».', 'Мы готовы к переговорам'],
    ['German low-high', 'Sie sagte: „Wir sind bereit“, und ging.', 'Wir sind bereit'],
    [
      'doubled apostrophes',
      "''The border posts will stay where they are,'' the governor of Tavush said.",
      'The border posts will stay where they are,',
    ],
    [
      'backticks and apostrophes',
      "He called it ``a step back for Tbilisi''.",
      'a step back for Tbilisi',
    ],
  ])('pairs %s marks', (_style, text, expected) => {
    expect(quotes(text)).toEqual([expected])
  })

  it('skips marks of another style nested in a quote', () => {
    expect(quotes('«Он назвал это „провокацией“ вчера», сказал он.')).toEqual([
      'Он назвал это „провокацией“ вчера',
    ])
  })

  it('runs a quote left open over the next paragraph that opens with a mark', () => {
    const text =
      '“The first paragraph of the statement.\n\n“The second paragraph ends it,” he said.'
    expect(quotes(text)).toEqual([
      'The first paragraph of the statement.\n\n“The second paragraph ends it,',
    ])
  })

  it('ends an unclosed quote at its paragraph when the next one does not continue it', () => {
    expect(quotes('He said: “We will not accept this\n\nA new paragraph.')).toEqual([
      'We will not accept this',
    ])
  })

  it('keeps single apostrophes inside a quote between doubled apostrophes', () => {
    expect(quotes("''Baku's 'peace agenda' is not ours,'' she said of Aliyev's speech.")).toEqual([
      "Baku's 'peace agenda' is not ours,",
    ])
  })

  it('finds nothing in text without quotation marks or with apostrophes only', () => {
    expect(quotes('Azerbaijan’s ministry said nothing; Pashinyan’s office was silent.')).toEqual([])
  })
})
