import { describe, expect, it } from 'vitest'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import {
  checkQuoteGold,
  demoHeads,
  loadQuoteGold,
  scoreResponses,
  type QuoteGoldFile,
} from './quote-gold.ts'
import { matchDocument, overlapScore, overlaps, prf, share } from './quote-score.ts'

describe('overlapScore', () => {
  it('is the smaller share when both shares reach 30%', () => {
    // 3 of 4 tokens one way, 3 of 10 the other.
    expect(
      overlapScore('the road is closed', 'officials said the road is open to all cars now'),
    ).toBe(0.3)
    expect(overlaps('the road is closed', 'the road')).toBe(true)
  })

  it('is 0 below 30% either way, or for an empty text', () => {
    expect(overlapScore('a b c d e f g h i j k', 'a b')).toBe(0)
    expect(overlapScore('', 'anything')).toBe(0)
    expect(overlaps('Baku', 'Yerevan')).toBe(false)
  })
})

describe('matchDocument and prf', () => {
  it('matches each counted gold span to the record quote it overlaps most', () => {
    const predicted = [
      'the talks will go on',
      'the talks will go on next week in Almaty',
      'weather',
    ]
    const match = matchDocument(predicted, [
      { text: 'the talks will go on next week', recall: true },
      { text: 'a belief, not speech', recall: false },
      { text: 'nothing like this', recall: true },
    ])
    expect(match.matches).toEqual([1, null, null])
    expect(match).toMatchObject({ predicted: 3, correct: 2, gold: 2 })
    const score = prf([match])
    expect(score.precision).toBeCloseTo(2 / 3)
    expect(score.recall).toBeCloseTo(1 / 2)
    expect(score.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5))
  })

  it('gives each record quote to one gold span at most, the one it overlaps most', () => {
    const predicted = ['the bridge to the north will reopen in May']
    const match = matchDocument(predicted, [
      { text: 'the talks to end the strike in the north will resume', recall: true },
      { text: 'the bridge to the north will reopen in May, the mayor said', recall: true },
    ])
    expect(match.matches).toEqual([null, 0])
    expect(prf([match]).recall).toBeCloseTo(1 / 2)
  })

  it('counts a gold span that only non-counted spans cover as no recall', () => {
    expect(prf([matchDocument([], [{ text: 'x', recall: true }])])).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
    })
    expect(share(3, 4)).toBe('0.750 (3/4)')
  })
})

const body = 'Baku said the road was open. Yerevan rejected the claim, saying it was closed.'
const gold: QuoteGoldFile = {
  slug: 'test',
  annotator: 'test',
  quotes: [
    {
      text: 'the road was open',
      type: 'indirect',
      speaker: 'Baku',
      actor: 'AZE',
      cue: 'said',
      class: 'assert',
    },
    {
      text: 'it was closed',
      type: 'indirect',
      speaker: 'Yerevan',
      actor: 'ARM',
      cue: 'saying',
      class: 'assert',
    },
  ],
  responses: [{ quote: 1, to: { speaker: 'Baku', actor: 'AZE', quote: 0 } }],
}

describe('checkQuoteGold', () => {
  it('accepts a file whose texts are in the body', () => {
    expect(checkQuoteGold(gold, body, () => true)).toEqual([])
  })

  it('names every text that is not an exact substring, unknown actors and bad indexes', () => {
    const bad: QuoteGoldFile = {
      ...gold,
      quotes: [{ ...gold.quotes[0]!, text: 'the road was opened', actor: 'XXX' }, gold.quotes[1]!],
      responses: [{ quote: 1, to: { speaker: 'Baku', actor: 'AZE', quote: 5 } }],
    }
    const problems = checkQuoteGold(bad, body, (actor) => actor !== 'XXX')
    expect(problems).toHaveLength(3)
    expect(problems[0]).toContain('not an exact substring')
    expect(problems[1]).toContain('"XXX"')
    expect(problems[2]).toContain('out of range')
  })
})

describe('scoreResponses', () => {
  const quote = (text: string, name: string, actor: string) => ({
    text,
    type: 'indirect' as const,
    speaker: { name, actor, role: null },
    cue: 'said',
    start: 0,
    end: 0,
  })
  const quotes = [
    quote('the road was open', 'Baku', 'AZE'),
    quote('it was closed', 'Yerevan', 'ARM'),
  ]
  const same = (a: { actor: string | null }, b: { actor: string | null }): boolean =>
    a.actor === b.actor

  it('finds a gold response whose statement answers the right party', () => {
    const record = {
      quotes,
      statements: [
        { id: 's1', speaker: { name: 'Baku', actor: 'AZE' }, quotes: [0], respondsTo: null },
        {
          id: 's2',
          speaker: { name: 'Yerevan', actor: 'ARM' },
          quotes: [1],
          respondsTo: { speaker: { name: 'Baku', actor: 'AZE' }, article: null, statement: 's1' },
        },
      ],
    }
    expect(scoreResponses(gold, record, [0, 1], same)).toMatchObject({
      found: 1,
      gold: 1,
      links: 1,
      right: 1,
    })
  })

  it('counts a link to the wrong party as a miss and as a wrong link', () => {
    const record = {
      quotes,
      statements: [
        {
          id: 's1',
          speaker: { name: 'Baku', actor: 'AZE' },
          quotes: [0],
          respondsTo: {
            speaker: { name: 'Yerevan', actor: 'ARM' },
            article: null,
            statement: null,
          },
        },
        {
          id: 's2',
          speaker: { name: 'Yerevan', actor: 'ARM' },
          quotes: [1],
          respondsTo: { speaker: { name: 'Moscow', actor: 'RUS' }, article: null, statement: null },
        },
      ],
    }
    const scored = scoreResponses(gold, record, [0, 1], same)
    expect(scored).toMatchObject({ found: 0, gold: 1, links: 2, right: 0 })
    expect(scored.missed).toEqual(gold.responses)
  })
})

describe('the quote gold set', () => {
  it('matches the demo corpus: every text is in its article, every actor in the KB', () => {
    const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
    const items = loadQuoteGold(kb, demoHeads(kb))
    expect(items.length).toBeGreaterThanOrEqual(20)
  })
})
