import { describe, expect, it } from 'vitest'
import { parseDateString, toIsoDate } from './parse-date.ts'

describe('parseDateString', () => {
  it.each([
    ['2019-11-29', { date: '2019-11-29', dateTime: null }],
    ['2019-11-29T14:05:00+0400', { date: '2019-11-29', dateTime: '2019-11-29T14:05:00+04:00' }],
    ['29 November 2019', { date: '2019-11-29', dateTime: null }],
    ['29th of November, 2019', { date: '2019-11-29', dateTime: null }],
    ['Nov 29, 2019 14:05', { date: '2019-11-29', dateTime: '2019-11-29T14:05:00' }],
    ['29.11.2019 14:05', { date: '2019-11-29', dateTime: '2019-11-29T14:05:00' }],
    ['Sept. 12, 2019', { date: '2019-09-12', dateTime: null }],
    ['Nov 30, 2024 23:10 GMT+4', { date: '2024-11-30', dateTime: '2024-11-30T23:10:00+04:00' }],
    ['29 ноября 2019, 14:05', { date: '2019-11-29', dateTime: '2019-11-29T14:05:00' }],
  ])('reads %s', (text, expected) => {
    expect(parseDateString(text)).toEqual(expected)
  })

  it('resolves "N days ago" against the reference time only', () => {
    expect(parseDateString('2 days ago', new Date('2019-11-29T10:00:00Z'))?.date).toBe('2019-11-27')
    expect(parseDateString('2 days ago')).toBeNull()
  })

  it('rejects dates that do not exist and text with no date', () => {
    expect(parseDateString('31.02.2019')).toBeNull()
    expect(parseDateString('2019-13-01')).toBeNull()
    expect(parseDateString('no date here')).toBeNull()
    expect(toIsoDate(2019, 2, 29)).toBeNull()
  })
})
