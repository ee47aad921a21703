import { describe, expect, it } from 'vitest'
import { testKb } from '../testing/test-kb.ts'
import type { DateAnnotation } from './annotation.ts'
import { createPipeline, runPipeline, type Extractor } from './pipeline.ts'

function fixedExtractor(name: string, start: number): Extractor {
  return {
    name,
    extract: (): DateAnnotation[] => [
      {
        kind: 'date',
        start,
        end: start + 1,
        text: 'x',
        value: { date: '2020-01-01' },
        certainty: 'stated',
        tags: [name],
      },
    ],
  }
}

describe('pipeline', () => {
  it('rejects duplicate and malformed stage names when built', () => {
    expect(() =>
      createPipeline({
        extractors: [fixedExtractor('a/b', 0), fixedExtractor('a/b', 1)],
        refiners: [],
      }),
    ).toThrow(/"a\/b" appears twice/)
    expect(() =>
      createPipeline({ extractors: [fixedExtractor('Bad Name', 0)], refiners: [] }),
    ).toThrow(/not of the form/)
  })

  it('sorts extractor output by position and runs refiners in order', () => {
    const order: string[] = []
    const pipeline = createPipeline({
      extractors: [fixedExtractor('x/late', 5), fixedExtractor('x/early', 1)],
      refiners: [
        { name: 'r/first', refine: (_c, a) => (order.push('first'), [...a]) },
        { name: 'r/second', refine: (_c, a) => (order.push('second'), a.slice(1)) },
      ],
    })
    const result = runPipeline(
      pipeline,
      { id: 'd', title: 't', body: 'abcdefgh', published: '2020-01-02', language: 'en' },
      { kb: testKb() },
    )
    expect(order).toEqual(['first', 'second'])
    expect(result.map((a) => a.start)).toEqual([5])
  })

  it('hands stages the publication date as the reference, and debug output only when asked', () => {
    let reference: Date | null = null
    const logs: unknown[] = []
    const pipeline = createPipeline({
      extractors: [
        { name: 'x/spy', extract: (c) => ((reference = c.reference), c.debug(() => 'seen'), []) },
      ],
      refiners: [],
    })
    runPipeline(
      pipeline,
      { id: 'd', title: 't', body: 'b', published: '2019-11-29', language: 'en' },
      { kb: testKb(), debug: (o) => logs.push(o) },
    )
    expect(reference).toEqual(new Date('2019-11-29T12:00:00Z'))
    expect(logs).toEqual(['seen'])
  })
})
