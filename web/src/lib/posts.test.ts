import { describe, expect, it } from 'vitest'
import { dropSuggestion, localInputValue, parseTags, scheduleInstant, togglePin } from './posts'

describe('parseTags', () => {
  it('trims, collapses spaces and drops empty and repeated tags (case-blind)', () => {
    expect(parseTags(' CSTO,  arms  sales , , csto,Georgia ')).toEqual([
      'CSTO',
      'arms sales',
      'Georgia',
    ])
    expect(parseTags('')).toEqual([])
  })
})

describe('schedule times', () => {
  // The tests run with TZ=UTC, so the local time is the UTC time.
  it('turns a datetime-local value into an ISO instant and back', () => {
    expect(scheduleInstant('2026-12-07T09:30')).toBe('2026-12-07T09:30:00.000Z')
    expect(localInputValue('2026-12-07T09:30:00.000Z')).toBe('2026-12-07T09:30')
  })

  it('gives null or an empty field for what is not a time', () => {
    expect(scheduleInstant('')).toBeNull()
    expect(scheduleInstant('tomorrow')).toBeNull()
    expect(scheduleInstant('2026-13-45T99:99')).toBeNull()
    expect(localInputValue(null)).toBe('')
    expect(localInputValue('not a date')).toBe('')
  })
})

describe('See Also choice', () => {
  it('pins an article (taking it out of dropped) and unpins it again', () => {
    const pinned = togglePin({ pinned: ['a'], dropped: ['b'] }, 'b')
    expect(pinned).toEqual({ pinned: ['a', 'b'], dropped: [] })
    expect(togglePin(pinned, 'a')).toEqual({ pinned: ['b'], dropped: [] })
  })

  it('drops an article once, unpinning it', () => {
    const dropped = dropSuggestion({ pinned: ['a'], dropped: [] }, 'a')
    expect(dropped).toEqual({ pinned: [], dropped: ['a'] })
    expect(dropSuggestion(dropped, 'a')).toEqual(dropped)
  })
})
