import { describe, expect, it } from 'vitest'
import { sampleArticles } from '../testing/sample-articles.ts'
import { dyadKey, eventRows, quadClass, weekOf } from './event-rows.ts'
import { sentenceAround } from './event-queries.ts'

describe('event rows', () => {
  it('puts a day in the week of its Monday, across month and year ends', () => {
    expect(weekOf('2020-11-10')).toBe('2020-11-09')
    expect(weekOf('2020-11-09')).toBe('2020-11-09')
    expect(weekOf('2020-11-15')).toBe('2020-11-09')
    expect(weekOf('2021-01-01')).toBe('2020-12-28')
  })

  it('classes CAMEO roots into the four quads', () => {
    expect(['01', '05', '06', '08', '09', '13', '14', '20'].map(quadClass)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ])
  })

  it('names a dyad the same whichever side comes first', () => {
    expect(dyadKey('AZE', 'ARM')).toBe('ARM-AZE')
  })

  it('gives each event its week, quad and the countries of its sides', () => {
    const ceasefire = sampleArticles()[2]!.record
    const rows = eventRows(ceasefire)
    expect(rows).toHaveLength(ceasefire.events.length)
    expect(rows[0]).toMatchObject({ day: '2020-11-10', week: '2020-11-09', dyad: 'ARM-AZE' })
    const undated = eventRows({
      ...ceasefire,
      published: null,
      events: ceasefire.events.map((e) => ({ ...e, date: null })),
    })
    expect(undated[0]).toMatchObject({ day: null, week: null })
  })

  it('finds the sentence around a span', () => {
    const body = 'First one. Armenia and Azerbaijan signed it. Last one.'
    expect(sentenceAround(body, 23, 39)).toBe('Armenia and Azerbaijan signed it.')
    expect(sentenceAround('No stop here', 3, 7)).toBe('No stop here')
  })
})
