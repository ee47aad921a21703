import { describe, expect, it } from 'vitest'
import { bareHead } from '../../testing/bare-head.ts'
import { TEST_KB_ENTRIES } from '../../testing/test-kb.ts'
import { KnowledgeBase } from '../../kb/knowledge-base.ts'
import { analyseArticle } from '../analyse-article.ts'

const kb = new KnowledgeBase(TEST_KB_ENTRIES)

/** Each statement's speaker and the actor it answers, with whether the answered statement is known. */
function links(body: string): [string | null, string | null, boolean][] {
  const { record } = analyseArticle(bareHead(body, '2024-03-01'), { kb })
  return record.statements.map((s) => [
    s.speaker.actor,
    s.respondsTo?.speaker.actor ?? null,
    Boolean(s.respondsTo?.statement),
  ])
}

describe('response links', () => {
  it('links a sentence-initial answer to the statement of the party it names', () => {
    expect(
      links(
        'Nikol Pashinyan said on Monday that Armenia would freeze its part in the bloc.\n\nResponding to Pashinyan’s decision, Leyla Abdullayeva said that the move changed nothing for Baku.',
      ),
    ).toEqual([
      ['nikol-pashinyan', null, false],
      ['leyla-abdullayeva', 'nikol-pashinyan', true],
    ])
  })

  it('links an answer whose marker comes before the answered party’s own reported words', () => {
    expect(
      links(
        'Leyla Abdullayeva said on Monday that the talks would go on.\n\nCommenting on last week’s interview in which Nikol Pashinyan told reporters that Armenia had frozen its part in the bloc, Abdullayeva said: “There is no clarity yet.”',
      ),
    ).toEqual([
      ['leyla-abdullayeva', null, false],
      ['nikol-pashinyan', null, false],
      ['leyla-abdullayeva', 'nikol-pashinyan', true],
    ])
  })

  it('links a paragraph that opens with "X responded." to the statement just before it', () => {
    expect(
      links(
        'Nikol Pashinyan said on Monday that Armenia would freeze its part in the bloc.\n\nLeyla Abdullayeva responded the same day. She said the move changed nothing for Baku.',
      ),
    ).toEqual([
      ['nikol-pashinyan', null, false],
      ['leyla-abdullayeva', 'nikol-pashinyan', true],
    ])
  })

  it('does not read a paragraph opening with a rejection as an answer to whoever spoke last', () => {
    expect(
      links(
        'Nikol Pashinyan said on Monday that Armenia would freeze its part in the bloc.\n\nLeyla Abdullayeva rejected claims that the vote was unfair. She said the count had been clean.',
      ).at(-1),
    ).toEqual(['leyla-abdullayeva', null, false])
  })

  it('resolves "her remarks" to the last other person who spoke', () => {
    expect(
      links(
        'Leyla Abdullayeva said that the border had been calm all week.\n\nAsked about her remarks, Nikol Pashinyan said that the shooting had gone on for days.',
      ).at(-1),
    ).toEqual(['nikol-pashinyan', 'leyla-abdullayeva', true])
  })

  it('links an answer that names no one to the statement right before it in its paragraph', () => {
    expect(
      links(
        'Leyla Abdullayeva said that the talks had stalled again. Nikol Pashinyan replied that the talks were going on as planned.',
      ).at(-1),
    ).toEqual(['nikol-pashinyan', 'leyla-abdullayeva', true])
  })

  it('does not link an unnamed answer to whoever spoke in an earlier paragraph', () => {
    expect(
      links(
        'Leyla Abdullayeva said that the talks had stalled again.\n\nBorder news\n\nNikol Pashinyan replied on Friday that the army would stay where it was.',
      ).at(-1),
    ).toEqual(['nikol-pashinyan', null, false])
  })

  it('does not give an answer in a sentence about someone else to the next speaker', () => {
    expect(
      links(
        'Her comments rejected the account of the Armenian Foreign Ministry. Nikol Pashinyan said that the troops had crossed the border on Wednesday.',
      ).at(-1),
    ).toEqual(['nikol-pashinyan', null, false])
  })

  it('links nothing for a response word that answers no one', () => {
    expect(
      links(
        'Nikol Pashinyan said that emergency response teams had reached the flooded villages on Monday.',
      ),
    ).toEqual([['nikol-pashinyan', null, false]])
  })
})
