import { describe, expect, it } from 'vitest'
import { bareHead } from '../../testing/bare-head.ts'
import { testKb } from '../../testing/test-kb.ts'
import { analyseArticle } from '../analyse-article.ts'

const kb = testKb()

/** Each indirect quote's text, trimmed, and speaker name. */
function quotes(body: string): [string, string][] {
  const { record } = analyseArticle(bareHead(body, '2024-03-14'), { kb })
  return record.quotes
    .filter((q) => q.type === 'indirect')
    .map((q) => [q.text.trim(), q.speaker.name])
}

describe('indirect quote attribution', () => {
  it('reads "according to X" closing the clause before a comma, named as written', () => {
    expect(
      quotes(
        'Turnout rose by as much as 9 percent, according to the independent Valley Institute, twice the rise of the last vote.',
      ),
    ).toEqual([['Turnout rose by as much as 9 percent', 'the independent Valley Institute']])
  })

  it('leaves a report of its own after "according to X," to its own speaker', () => {
    expect(
      quotes(
        'The family saw the footage on Monday, according to their lawyers, and said they had more questions than before.',
      ).map(([text]) => text),
    ).toContain('they had more questions than before')
  })

  it('reads a trailing attribution whose speaker has a description between commas', () => {
    expect(
      quotes(
        'The plan would cut the cost of insulin in half, Lee, a Democrat from Ohio, said Monday.',
      ),
    ).toEqual([['The plan would cut the cost of insulin in half', 'Lee']])
  })

  it('gives a group\'s words to the member named after "including", past an auxiliary', () => {
    expect(
      quotes(
        'Proponents, including the Valley Conference of Mayors, have urged Congress to leave the program intact.',
      ),
    ).toEqual([['Congress to leave the program intact', 'the Valley Conference of Mayors']])
  })

  it('gives "was quoted (by X) as saying" to the sentence\'s subject', () => {
    expect(
      quotes(
        'Anahit Petrosyan was quoted by the Valley Herald as saying that the mine would reopen. Ruben Hakobyan was widely quoted as saying the vote had been rigged.',
      ),
    ).toEqual([
      ['the mine would reopen', 'Anahit Petrosyan'],
      ['the vote had been rigged', 'Ruben Hakobyan'],
    ])
  })
})
