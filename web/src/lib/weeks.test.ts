import { describe, expect, it } from 'vitest'
import { fillWeeks, mondaysBetween, tensionWord } from './weeks'

describe('weekly series', () => {
  it('lists the Mondays between two weeks, across a year end', () => {
    expect(mondaysBetween('2020-12-21', '2021-01-04')).toEqual([
      '2020-12-21',
      '2020-12-28',
      '2021-01-04',
    ])
  })

  it('fills the weeks without events as gaps with zero counts', () => {
    const filled = fillWeeks([
      { week: '2020-11-02', quads: [1, 0, 0, 2], goldstein: -3 },
      { week: '2020-11-16', quads: [0, 1, 0, 0], goldstein: 7 },
    ])
    expect(filled).toEqual([
      { week: '2020-11-02', quads: [1, 0, 0, 2], goldstein: -3 },
      { week: '2020-11-09', quads: [0, 0, 0, 0], goldstein: null },
      { week: '2020-11-16', quads: [0, 1, 0, 0], goldstein: 7 },
    ])
    expect(fillWeeks([])).toEqual([])
  })

  it('keeps only the last weeks of a long series', () => {
    const filled = fillWeeks(
      [
        { week: '2019-01-07', goldstein: 1 },
        { week: '2020-01-06', goldstein: 2 },
      ],
      10,
    )
    expect(filled).toHaveLength(10)
    expect(filled[9]).toEqual({ week: '2020-01-06', quads: [0, 0, 0, 0], goldstein: 2 })
  })

  it('names a mean Goldstein score', () => {
    expect([-8, -1, 1, 6].map(tensionWord)).toEqual(['hostile', 'tense', 'mixed', 'cooperative'])
  })
})
