import { describe, expect, it } from 'vitest'
import { defaultTestKb } from '../testing/resolve-actors.ts'
import { checkEligibility } from './eligibility.ts'
import { KnowledgeBase } from './knowledge-base.ts'

describe('membership rules', () => {
  const kb = defaultTestKb()

  it('answers the seed question: Azerbaijan cannot be a CSTO observer, lacking relations with Armenia', () => {
    const answer = checkEligibility(kb, {
      org: 'CSTO',
      candidate: 'AZE',
      status: 'observer',
      on: '2019-11-28',
    })
    expect(answer).toMatchObject({
      eligible: false,
      reasons: [{ id: 'csto-observer-relations-with-all-members', lacking: ['ARM'] }],
    })
    expect(answer.reasons[0]?.rule).toMatch(/diplomatic relations with all CSTO member states/)
  })

  it('reads relations by date: Georgia lacked relations with Russia only from 29 August 2008', () => {
    const ask = (on: string): boolean =>
      checkEligibility(kb, { org: 'CSTO', candidate: 'GEO', status: 'observer', on }).eligible
    expect(ask('2008-08-28')).toBe(true)
    expect(ask('2008-08-29')).toBe(false)
    expect(kb.haveDiplomaticRelations('ARM', 'TUR', '2024-01-01')).toBe(false)
    expect(kb.haveDiplomaticRelations('ARM', 'RUS', '2024-01-01')).toBe(true)
  })

  it('applies the not-already-member and UN-member rules', () => {
    expect(
      checkEligibility(kb, { org: 'CSTO', candidate: 'RUS', status: 'observer', on: '2019-11-28' })
        .reasons,
    ).toEqual([expect.objectContaining({ id: 'csto-not-already-member', lacking: ['RUS'] })])
    expect(
      checkEligibility(kb, {
        org: 'CSTO',
        candidate: 'ABK',
        status: 'observer',
        on: '2019-11-28',
      }).reasons.map((r) => r.id),
    ).toContain('csto-observer-un-member')
  })

  it('checks its input, naming the bad value', () => {
    expect(() =>
      checkEligibility(kb, { org: 'NOPE', candidate: 'AZE', status: 'member', on: null }),
    ).toThrow(/"NOPE"/)
    expect(() =>
      checkEligibility(kb, { org: 'CSTO', candidate: 'XXX', status: 'member', on: null }),
    ).toThrow(/"XXX"/)
  })

  it('is data: a new rule of a known kind applies without code', () => {
    const small = new KnowledgeBase([...kb.entries()], {
      relations: [...kb.relations],
      rules: [
        {
          id: 'eaeu-relations',
          org: 'EAEU',
          kind: 'relations-with-all-members',
          statuses: ['observer'],
          text: 'Relations with all members.',
        },
      ],
    })
    const answer = checkEligibility(small, {
      org: 'EAEU',
      candidate: 'AZE',
      status: 'observer',
      on: '2020-01-01',
    })
    expect(answer.reasons).toEqual([expect.objectContaining({ lacking: ['ARM'] })])
  })
})

describe('memberships and roles by date', () => {
  const kb = defaultTestKb()

  it('lists members on a date', () => {
    const on = (date: string): string[] =>
      kb
        .membersOn('CSTO', date)
        .filter((m) => m.status === 'member')
        .map((m) => m.country)
        .sort()
    expect(on('2019-11-28')).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'])
    expect(on('2024-06-01')).not.toContain('ARM')
    expect(kb.membersOn('CSTO', '2024-06-01')).toContainEqual(
      expect.objectContaining({ country: 'ARM', status: 'frozen' }),
    )
  })

  it('answers who held an office on a date', () => {
    expect(kb.holderOf('CSTO', 'Secretary General', '2021-06-01')).toBe('stanislav-zas')
    expect(kb.holderOf('CSTO', 'Secretary General', '2023-06-01')).toBe('imangali-tasmagambetov')
    expect(kb.holderOf('AZE', 'Foreign Minister', '2020-07-15')).toBe('elmar-mammadyarov')
    expect(kb.holderOf('AZE', 'Foreign Minister', '2020-07-17')).toBe('jeyhun-bayramov')
    expect(kb.rolesOn('ararat-mirzoyan', '2020-01-01').map((r) => r.title)).toEqual([
      'Speaker of the National Assembly',
    ])
  })

  it('searches entries by id, name and alias', () => {
    expect(kb.search('Pashinyan')[0]?.id).toBe('nikol-pashinyan')
    expect(kb.search('csto').map((e) => e.id)).toContain('CSTO')
  })
})
