import { describe, expect, it } from 'vitest'
import { findAnsweredParties, findAnswerMark, mayAnswer, readRespondsTo } from './responds-to.ts'

const parties = (text: string): string[] =>
  findAnsweredParties(text).map((p) => text.slice(p.start, p.end))

describe('answered parties', () => {
  it('reads sentence-initial answer phrases and the nouns they answer', () => {
    expect(parties("Responding to Nikol Pashinyan's decision, the spokesman spoke.")).toEqual([
      'Nikol Pashinyan',
    ])
    expect(parties("Answering Yerevan's warning, the ministry said the road was open.")).toEqual([
      'Yerevan',
    ])
    expect(parties("Reacting to the Armenian Foreign Ministry's remarks, she said no.")).toEqual([
      'Armenian Foreign Ministry',
    ])
  })

  it('reads a party named after the answered noun', () => {
    expect(parties('She rejected the remarks made by Leyla Abdullayeva on Monday.')).toEqual([
      'Leyla Abdullayeva',
    ])
    expect(
      parties('“We reject the baseless statement of the Armenian Foreign Ministry,” it said.'),
    ).toEqual(['the Armenian Foreign Ministry'])
    expect(
      parties('Commenting on the interview in which Nikol Pashinyan spoke of a freeze, he said …'),
    ).toEqual(['Nikol Pashinyan'])
  })

  it('reads a party after "to", with a role before the name, and a demonym', () => {
    expect(parties('She spoke, replying to her Azerbaijani counterpart Aykhan Hajizada.')).toEqual([
      'her Azerbaijani counterpart Aykhan Hajizada',
    ])
    expect(parties('The ministry dismissed Armenian accusations of a blockade.')).toEqual([
      'Armenian',
    ])
  })

  it('keeps a possessive pronoun for the caller to resolve', () => {
    const found = findAnsweredParties('Asked about her remarks, the spokesman said no.')
    expect(found.map((p) => p.pronoun)).toEqual([true])
  })

  it('finds no party where a response word answers no statement', () => {
    expect(parties('Emergency response teams reached the village on Monday.')).toEqual([])
    expect(parties('The sanctions came in response to the law adopted last week.')).toEqual([])
    expect(parties('The minister commented on the weather in Yerevan.')).toEqual([])
  })
})

describe('answer marks and the cue class hint', () => {
  it('marks an answer that names no one, and not a noun phrase about emergencies', () => {
    expect(findAnswerMark('Kobakhidze replied on Sunday that she must leave.')).not.toBeNull()
    expect(findAnswerMark('Badalyan gave her reply in an interview.')).not.toBeNull()
    expect(findAnswerMark('The emergency services arrived within an hour.')).toBeNull()
  })

  it('marks a denial in every form, and not a word that only starts like one', () => {
    for (const verb of ['denied', 'denies', 'denying', 'deny']) {
      expect(findAnswerMark(`The ministry went on to ${verb} it.`)).not.toBeNull()
    }
    expect(findAnswerMark('The den of the committee was quiet.')).toBeNull()
  })

  it('lets text through its cheap test wherever an answer mark can be found', () => {
    for (const text of ['Baku retorted at once.', 'The envoy hit back.', 'Yerevan denied it.']) {
      expect(findAnswerMark(text)).not.toBeNull()
      expect(mayAnswer(text)).toBe(true)
    }
    expect(mayAnswer('The delegation arrived in Tbilisi.')).toBe(false)
  })

  it('names the answered speaker only after a finite answer verb', () => {
    expect(readRespondsTo("Abdullayeva responded to Pashinyan's statement, saying no.")).toBe(
      'Pashinyan',
    )
    expect(readRespondsTo("Responding to Pashinyan's statement, Abdullayeva said no.")).toBeNull()
    expect(readRespondsTo("The ministry rejected Pashinyan's claims as baseless.")).toBeNull()
  })
})
