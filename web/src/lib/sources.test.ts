import { describe, expect, it } from 'vitest'
import type { Source } from '../api/types'
import {
  countWarnings,
  describeNextPoll,
  formatInterval,
  formatItemsPerDay,
  hasErrorSinceSuccess,
  sortSources,
} from './sources'

/** A healthy source, with `changes` applied (`warning` goes into `health`). */
function source(id: string, changes: Partial<Source> & { warning?: string } = {}): Source {
  const { warning = null, ...rest } = changes
  return {
    id,
    url: `https://${id}.example/feed`,
    intervalSeconds: 900,
    etag: null,
    lastModified: null,
    nextPollAt: '2024-03-10T12:10:00Z',
    lastSuccessAt: '2024-03-10T11:55:00Z',
    lastError: null,
    lastErrorAt: null,
    createdAt: '2024-01-01T00:00:00Z',
    health: { itemsSeen: 10, itemsPerDay: 1.4, lastItemAt: '2024-03-10T09:00:00Z', warning },
    ...rest,
  }
}

describe('sortSources', () => {
  it('puts sources with a warning first and keeps the API order otherwise', () => {
    const list = [
      source('a'),
      source('b', { warning: 'quiet' }),
      source('c'),
      source('d', { warning: 'failing' }),
    ]
    expect(sortSources(list).map((s) => s.id)).toEqual(['b', 'd', 'a', 'c'])
  })

  it('returns a new array and leaves the input alone', () => {
    const list = [source('a'), source('b', { warning: 'quiet' })]
    const sorted = sortSources(list)
    expect(sorted).not.toBe(list)
    expect(list.map((s) => s.id)).toEqual(['a', 'b'])
  })

  it('handles an empty list', () => {
    expect(sortSources([])).toEqual([])
  })
})

describe('countWarnings', () => {
  it('counts sources with a warning', () => {
    expect(countWarnings([source('a'), source('b', { warning: 'quiet' })])).toBe(1)
    expect(countWarnings([])).toBe(0)
  })
})

describe('hasErrorSinceSuccess', () => {
  it('is false without an error', () => {
    expect(hasErrorSinceSuccess(source('a'))).toBe(false)
  })

  it('is true for an error newer than the last success', () => {
    const s = source('a', { lastError: 'HTTP 502', lastErrorAt: '2024-03-10T11:58:00Z' })
    expect(hasErrorSinceSuccess(s)).toBe(true)
  })

  it('is false for an error the source has recovered from', () => {
    const s = source('a', { lastError: 'HTTP 502', lastErrorAt: '2024-03-09T08:00:00Z' })
    expect(hasErrorSinceSuccess(s)).toBe(false)
  })

  it('compares instants, not strings', () => {
    const s = source('a', {
      lastSuccessAt: '2024-03-10T12:00:00Z',
      lastError: 'timeout',
      lastErrorAt: '2024-03-10T13:30:00+02:00',
    })
    expect(hasErrorSinceSuccess(s)).toBe(false)
  })

  it('is true when the source has never succeeded', () => {
    const s = source('a', {
      lastSuccessAt: null,
      lastError: 'DNS lookup failed',
      lastErrorAt: '2024-03-10T11:58:00Z',
    })
    expect(hasErrorSinceSuccess(s)).toBe(true)
  })
})

describe('formatInterval', () => {
  it('reads in days, hours, minutes and seconds', () => {
    expect(formatInterval(900)).toBe('15 min')
    expect(formatInterval(3600)).toBe('1 h')
    expect(formatInterval(5400)).toBe('1 h 30 min')
    expect(formatInterval(86_400)).toBe('1 day')
    expect(formatInterval(604_800)).toBe('7 days')
    expect(formatInterval(90)).toBe('1 min 30 s')
  })

  it('shows a dash for nonsense', () => {
    expect(formatInterval(0)).toBe('—')
    expect(formatInterval(Number.NaN)).toBe('—')
  })
})

describe('formatItemsPerDay', () => {
  it('keeps at most one decimal', () => {
    expect(formatItemsPerDay(4.3)).toBe('4.3')
    expect(formatItemsPerDay(12)).toBe('12')
    expect(formatItemsPerDay(0)).toBe('0')
    expect(formatItemsPerDay(1234.56)).toBe('1,234.6')
  })
})

describe('describeNextPoll', () => {
  const now = Date.parse('2024-03-10T12:00:00Z')

  it('says how far ahead the next poll is', () => {
    expect(describeNextPoll('2024-03-10T12:10:00Z', now)).toBe('in 10 minutes')
  })

  it('says "due now" just after it was due, and how overdue it is later', () => {
    expect(describeNextPoll('2024-03-10T12:00:00Z', now)).toBe('due now')
    expect(describeNextPoll('2024-03-10T11:59:30Z', now)).toBe('due now')
    expect(describeNextPoll('2024-03-10T09:00:00Z', now)).toBe('due 3 hours ago')
  })

  it('returns what is not a date unchanged', () => {
    expect(describeNextPoll('later', now)).toBe('later')
  })
})
