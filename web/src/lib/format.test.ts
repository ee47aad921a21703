import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatGoldstein,
  formatPeriod,
  outletName,
  plural,
  truncate,
} from './format'

describe('formatDate', () => {
  it('formats a calendar date as written', () => {
    expect(formatDate('2019-11-28')).toBe('28 Nov 2019')
  })

  it('formats a full timestamp by its UTC date', () => {
    expect(formatDate('2019-11-28T23:30:00Z')).toBe('28 Nov 2019')
    expect(formatDate('2019-11-29T01:30:00+04:00')).toBe('28 Nov 2019')
  })

  it('returns empty for null and the input for what is not a date', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('last week')).toBe('last week')
  })
})

describe('formatDateTime', () => {
  it('shows the date and time in UTC', () => {
    expect(formatDateTime('2019-11-28T14:05:09Z')).toBe('28 Nov 2019, 14:05 UTC')
    expect(formatDateTime('2019-11-29T01:30:00+04:00')).toBe('28 Nov 2019, 21:30 UTC')
  })

  it('returns empty for null and the input for what is not a date', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime('soon')).toBe('soon')
  })
})

describe('outletName', () => {
  it('prefers the name, then the domain', () => {
    expect(outletName({ name: 'Caucasus Watch', domain: 'caucasuswatch.de' })).toBe(
      'Caucasus Watch',
    )
    expect(outletName({ name: null, domain: 'jam-news.net' })).toBe('jam-news.net')
    expect(outletName({ name: null, domain: null })).toBe('Unknown outlet')
  })
})

describe('formatPeriod', () => {
  it('shows both ends, one end, or nothing', () => {
    expect(formatPeriod('2018-05-08', '2021-08-02')).toBe('8 May 2018 – 2 Aug 2021')
    expect(formatPeriod('2018-05-08', null)).toBe('since 8 May 2018')
    expect(formatPeriod(null, '2021-08-02')).toBe('until 2 Aug 2021')
    expect(formatPeriod(null, null)).toBe('')
  })
})

describe('plural', () => {
  it('chooses the form by count', () => {
    expect(plural(1, 'article')).toBe('1 article')
    expect(plural(0, 'article')).toBe('0 articles')
    expect(plural(1200, 'entry', 'entries')).toBe('1,200 entries')
  })
})

describe('formatGoldstein', () => {
  it('shows the sign', () => {
    expect(formatGoldstein(3)).toBe('+3.0')
    expect(formatGoldstein(-5)).toBe('−5.0')
    expect(formatGoldstein(0)).toBe('0.0')
  })
})

describe('truncate', () => {
  it('keeps short text and cuts long text at a word', () => {
    expect(truncate('short', 10)).toBe('short')
    expect(truncate('the new escalation will leave', 20)).toBe('the new escalation…')
    expect(truncate('abcdefghijklmnop', 8)).toBe('abcdefg…')
  })
})
