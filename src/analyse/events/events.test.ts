import { describe, expect, it } from 'vitest'
import { SEED_LIKE_STORY, testKb } from '../../testing/test-kb.ts'
import { analyseArticle } from '../analyse-article.ts'
import { inflect } from './inflect.ts'
import { patternTable } from './event-patterns.ts'
import { codeSentence } from './verb-pattern-extractor.ts'

const kb = testKb()
const analyse = (body: string, published = '2019-11-29') =>
  analyseArticle(
    {
      id: 't',
      url: null,
      canonicalUrl: null,
      source: { name: null, domain: null },
      title: 'T',
      byline: null,
      published,
      language: 'en',
      body,
    },
    { kb },
  ).record
const firstCode = (text: string): string | undefined =>
  codeSentence(text, 0).find((t) => t.head === null)?.code

describe('inflect', () => {
  it('inflects regular, doubling, -y, -e and irregular verbs', () => {
    expect(inflect('sell')).toEqual(['sell', 'sells', 'sold', 'selling'])
    expect(inflect('ban')).toEqual(expect.arrayContaining(['bans', 'banned', 'banning']))
    expect(inflect('deny')).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']))
    expect(inflect('seize')).toEqual(expect.arrayContaining(['seized', 'seizing']))
    expect(inflect('cancel')).toEqual(expect.arrayContaining(['canceled', 'cancelled']))
  })
})

describe('pattern families: one trigger per CAMEO root', () => {
  const cases: [string, string][] = [
    ['The ministry declined to comment on the report.', '01'],
    ['The opposition called for the release of the detained journalists.', '02'],
    ['Both sides pledged to cooperate on border security.', '03'],
    ['The two ministers met in Almaty.', '04'],
    ['The president praised the agreement.', '05'],
    ['The two armies held joint military exercises.', '06'],
    ['The government sent humanitarian aid to the region.', '07'],
    ['The rebels released the hostages.', '08'],
    ['Prosecutors launched an investigation into the killings.', '09'],
    ['The opposition demanded the resignation of the prime minister.', '10'],
    ['Baku condemned the statement.', '11'],
    ['Yerevan rejected the proposal.', '12'],
    ['Ankara threatened to impose sanctions.', '13'],
    ['Thousands of demonstrators rallied outside parliament.', '14'],
    ['Azerbaijan mobilized its troops along the border.', '15'],
    ['Georgia recalled its ambassador from Moscow.', '16'],
    ['Police arrested three activists.', '17'],
    ['Gunmen kidnapped two aid workers.', '18'],
    ['Azerbaijani forces shelled the village.', '19'],
    ['The report described it as ethnic cleansing.', '20'],
  ]
  it.each(cases)('%s → root %s', (text, root) => {
    expect(firstCode(text)?.slice(0, 2)).toBe(root)
  })

  it('codes nominalisations: a session, talks, clashes, an election', () => {
    expect(firstCode('A session of the CSTO Security Council took place.')).toBe('040')
    expect(firstCode('Talks between the two sides resumed.')).toBe('046')
    expect(firstCode('Clashes broke out on the border.')).toBe('190')
    expect(firstCode('The election of Zas as secretary general was confirmed.')).toBe('051')
  })

  it('refines a generic head with its complement', () => {
    expect(firstCode('The UN urged the rebels to release the prisoners.')).toBe('0253')
    expect(firstCode('Moscow threatened to impose sanctions on Tbilisi.')).toBe('1312')
  })

  it('compiles the whole table and indexes it by first word', () => {
    const table = patternTable()
    expect(table.size).toBeGreaterThan(600)
    expect(table.index.get('sold')?.some((p) => p.code === '062')).toBe(true)
  })
})

describe('negation and modality', () => {
  it('marks negated, possible and requested events, keeping them out of events', () => {
    const [sale] = codeSentence('Russia did not sell weapons to Azerbaijan.', 0)
    expect(sale).toMatchObject({ code: '062', polarity: 'negative' })
    const [buy] = codeSentence('Azerbaijan can buy new weapons from Russia.', 0)
    expect(buy).toMatchObject({ polarity: 'positive', modality: 'possible' })
    const record = analyse('Russia did not sell weapons to Azerbaijan.')
    expect(record.events).toEqual([])
    expect(record.hypotheticalEvents?.[0]).toMatchObject({ code: '062', polarity: 'negative' })
  })

  it('codes a stated future as an intent and "must" as a demand', () => {
    expect(firstCode('Russia said it will withdraw its troops.')?.slice(0, 2)).toBe('03')
    expect(firstCode('Baku said Yerevan must return the prisoners.')?.slice(0, 2)).toBe('10')
  })
})

describe('arguments', () => {
  it('swaps source and target in the passive', () => {
    const [attack] = analyse('Armenia was attacked by Azerbaijan on Monday.').events
    expect(attack).toMatchObject({
      root: '19',
      source: { actor: 'AZE' },
      target: { actor: 'ARM' },
      date: '2019-11-25',
    })
  })

  it('gives one event per pair of coordinated actors', () => {
    const events = analyse('Armenia and Azerbaijan agreed to hold talks.').events
    expect(events.map((e) => [e.source.actor, e.target?.actor])).toEqual([
      ['ARM', 'AZE'],
      ['AZE', 'ARM'],
    ])
  })

  it('dates events against publication: yesterday, earlier this month, in September', () => {
    const record = analyse(
      'Russia criticised Armenia yesterday.\n\nEarlier this month Armenia condemned Azerbaijan.\n\nIn September Azerbaijan accused Armenia.',
    )
    expect(record.events.map((e) => e.date)).toEqual(['2019-11-28', '2019-11-01', '2019-09-01'])
  })

  it('falls back to the publication date when the text gives none', () => {
    expect(analyse('Russia criticised Armenia.').events[0]?.date).toBe('2019-11-29')
  })

  it('places events from the gazetteer', () => {
    const [event] = analyse('Armenia and Russia held talks in Bishkek.').events
    expect(event?.location).toMatchObject({ name: 'Bishkek', country: 'KGZ' })
    expect(event?.location?.lat).toBeCloseTo(42.87, 1)
    const [border] = analyse('Azerbaijan shelled Armenian positions near Jermuk.').events
    expect(border?.location).toMatchObject({ name: 'Jermuk', country: 'ARM' })
  })
})

describe('arms transfers', () => {
  it('reads "urges … not to sell weapons to Azerbaijan" as called to stop', () => {
    const record = analyse('Pashinyan urges CSTO members not to sell weapons to Azerbaijan.')
    expect(record.armsTransfers).toEqual([
      expect.objectContaining({
        supplier: expect.objectContaining({ actor: 'CSTO' }),
        recipient: expect.objectContaining({ actor: 'AZE' }),
        status: 'called-to-stop',
      }),
    ])
  })

  it('reads "Azerbaijan can buy new weapons from Russia" as a possible purchase', () => {
    const record = analyse('Azerbaijan can buy new weapons from Russia.')
    expect(record.armsTransfers?.[0]).toMatchObject({
      supplier: { actor: 'RUS' },
      recipient: { actor: 'AZE' },
      status: 'possible',
    })
  })

  it('names the weapon system and tells delivered from contracted', () => {
    const record = analyse('Russia delivered Iskander missiles to Armenia.')
    expect(record.armsTransfers?.[0]).toMatchObject({ weapon: 'Iskander', status: 'delivered' })
  })
})

describe('the seed-like story', () => {
  const record = analyse(SEED_LIKE_STORY)
  it('codes the session in Bishkek on 28 November and the election', () => {
    expect(record.events.find((e) => e.code === '040')).toMatchObject({
      source: { actor: 'CSTO' },
      date: '2019-11-28',
      location: { name: 'Bishkek', country: 'KGZ' },
    })
    expect(record.events.find((e) => e.code === '051')).toMatchObject({
      source: { actor: 'CSTO' },
      target: { actor: 'local:stanislav-zas' },
    })
  })
  it('codes the appeal as an event and the sale it asks to stop as a transfer only', () => {
    expect(record.events.find((e) => e.code === '020')?.source.actor).toBe('nikol-pashinyan')
    expect(record.events.some((e) => e.code === '062')).toBe(false)
    expect(record.armsTransfers?.[0]?.status).toBe('called-to-stop')
  })
})
