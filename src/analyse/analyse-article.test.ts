import { describe, expect, it } from 'vitest'
import { SEED_LIKE_STORY, testKb } from '../testing/test-kb.ts'
import { analyseArticle } from './analyse-article.ts'

const { record, dates } = analyseArticle(
  {
    id: 'seed',
    url: null,
    canonicalUrl: null,
    source: { name: null, domain: null },
    title: 'Seed',
    byline: null,
    published: '2019-11-29',
    language: 'en',
    body: SEED_LIKE_STORY,
  },
  { kb: testKb() },
)
const at = (start: number, end: number): string => SEED_LIKE_STORY.slice(start, end)

describe('analyseArticle on a seed-like story', () => {
  it('resolves people, institutions and countries, with the role the text gives', () => {
    const byId = new Map(record.actors.map((a) => [a.id, a]))
    expect(byId.get('nikol-pashinyan')?.role).toBe('Prime Minister')
    expect(byId.get('leyla-abdullayeva')?.role).toBe(
      'spokesperson of Azerbaijan’s Ministry of Foreign Affairs',
    )
    expect(byId.get('yuri-borisov')?.role).toBe('Deputy Prime Minister')
    expect(byId.has('AZE-MFA')).toBe(true)
    expect(byId.has('ARM-MFA')).toBe(true)
    expect(byId.get('local:stanislav-zas')).toMatchObject({
      name: 'Stanislav Zas',
      kind: 'person',
      role: 'official',
    })
  })

  it('gives every mention a span that points at its text', () => {
    for (const mention of record.mentions) {
      expect(at(mention.start, mention.end)).toBe(mention.text)
    }
    expect(record.mentions.filter((m) => m.actor === 'nikol-pashinyan').map((m) => m.text)).toEqual(
      ['Nikol Pashinyan', 'Pashinyan', 'N. Pashinyan'],
    )
  })

  it('attributes direct quotes by pronoun, never to a name inside the quote', () => {
    const direct = record.quotes.filter((q) => q.type === 'direct')
    expect(direct.map((q) => q.speaker.actor)).toEqual(['nikol-pashinyan', 'leyla-abdullayeva'])
    expect(direct[0]?.text).toMatch(/^A new escalation/)
  })

  it('reads indirect speech with its cue', () => {
    const indirect = record.quotes
      .filter((q) => q.type === 'indirect')
      .map((q) => [q.speaker.actor, q.cue])
    expect(indirect).toEqual([
      ['nikol-pashinyan', 'called on'],
      ['nikol-pashinyan', 'said'],
      ['leyla-abdullayeva', 'responded'],
      ['ARM-MFA', 'responded'],
    ])
  })

  it('groups quotes into statements and links the answer to what it answers', () => {
    const [pashinyan, abdullayeva] = record.statements
    expect(pashinyan?.speaker.actor).toBe('nikol-pashinyan')
    expect(abdullayeva?.respondsTo).toEqual({
      speaker: { name: 'Nikol Pashinyan', actor: 'nikol-pashinyan' },
      article: 'seed',
      statement: pashinyan?.id,
    })
  })

  it('codes the appeal and the session, dated from the text', () => {
    const appeal = record.events.find((e) => e.code === '020')
    expect(appeal).toMatchObject({
      root: '02',
      source: { actor: 'nikol-pashinyan' },
      target: { actor: 'CSTO' },
      goldstein: 3,
    })
    const session = record.events.find((e) => e.code === '040')
    expect(session).toMatchObject({ source: { actor: 'CSTO' }, target: null, date: '2019-11-28' })
  })

  it('does not code the sale the appeal asks to stop', () => {
    expect(record.events.some((e) => e.code === '062')).toBe(false)
  })

  it('normalises dates against the publication date and finds the citation', () => {
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['28 November', '2019-11-28'],
      ['12 September', '2019-09-12'],
    ])
    expect(record.references).toEqual([
      { text: '(Caucasus Watch reported)', publisher: 'Caucasus Watch', article: null },
    ])
  })
})
