import { describe, expect, it } from 'vitest'
import { formatRelativeTime } from './relative-time'

const NOW = Date.parse('2024-03-10T12:00:00Z')
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

/** The ISO timestamp `ms` from NOW (negative: in the past). */
const at = (ms: number) => new Date(NOW + ms).toISOString()

describe('formatRelativeTime', () => {
  it('says "just now" within a minute in the past, "in under a minute" ahead', () => {
    expect(formatRelativeTime(at(0), NOW)).toBe('just now')
    expect(formatRelativeTime(at(-59_000), NOW)).toBe('just now')
    expect(formatRelativeTime(at(30_000), NOW)).toBe('in under a minute')
  })

  it('counts minutes, hours, days, months and years in the past', () => {
    expect(formatRelativeTime(at(-MIN), NOW)).toBe('1 minute ago')
    expect(formatRelativeTime(at(-5 * MIN), NOW)).toBe('5 minutes ago')
    expect(formatRelativeTime(at(-3 * HOUR), NOW)).toBe('3 hours ago')
    expect(formatRelativeTime(at(-2 * DAY), NOW)).toBe('2 days ago')
    expect(formatRelativeTime(at(-60 * DAY), NOW)).toBe('2 months ago')
    expect(formatRelativeTime(at(-800 * DAY), NOW)).toBe('2 years ago')
  })

  it('counts ahead with "in"', () => {
    expect(formatRelativeTime(at(10 * MIN), NOW)).toBe('in 10 minutes')
    expect(formatRelativeTime(at(2 * HOUR), NOW)).toBe('in 2 hours')
    expect(formatRelativeTime(at(DAY), NOW)).toBe('in 1 day')
  })

  it('rounds, moving to the next unit instead of showing its size', () => {
    expect(formatRelativeTime(at(-(59 * MIN + 40_000)), NOW)).toBe('1 hour ago')
    expect(formatRelativeTime(at(-90 * MIN), NOW)).toBe('2 hours ago')
    expect(formatRelativeTime(at(-(23 * HOUR + 40 * MIN)), NOW)).toBe('1 day ago')
    expect(formatRelativeTime(at(-29.6 * DAY), NOW)).toBe('1 month ago')
    expect(formatRelativeTime(at(-350 * DAY), NOW)).toBe('1 year ago')
  })

  it('accepts timestamps with an offset', () => {
    expect(formatRelativeTime('2024-03-10T14:00:00+04:00', NOW)).toBe('2 hours ago')
  })

  it('returns empty for null and the input for what is not a date', () => {
    expect(formatRelativeTime(null, NOW)).toBe('')
    expect(formatRelativeTime('whenever', NOW)).toBe('whenever')
  })
})
