import { describe, expect, it } from 'vitest'
import { dateRangeTags, indexTags, readTags, tagQuery, tagTsQuery } from './index-tags.ts'

const record = {
  actors: [
    {
      id: 'nikol-pashinyan',
      name: 'Nikol Pashinyan',
      kind: 'person',
      country: 'ARM',
      cameo: null,
      role: null,
    },
    { id: 'csto', name: 'CSTO', kind: 'organisation', country: null, cameo: null, role: null },
  ],
  events: [{ root: '11' }, { root: '04' }, { root: '11' }],
  source: { name: 'Monitor', domain: 'news.example.am' },
  language: 'en',
  published: '2024-02-29T10:00:00Z',
} as unknown as Parameters<typeof indexTags>[0]

/** Every day a tag covers, as YYYY-MM-DD, over the days of 1998–2031. */
function daysOf(tags: readonly string[]): Set<string> {
  const days = new Set<string>()
  for (let t = Date.UTC(1998, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10)
    const own = indexTags({ ...record, published: day }).split(' ')
    if (tags.some((tag) => own.includes(tag))) {
      days.add(day)
    }
  }
  return days
}

function daysBetween(from: string, to: string): Set<string> {
  const days = new Set<string>()
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
    days.add(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

describe('index tags', () => {
  it('writes each filterable value once as a word, and reads them back, the day aside', () => {
    const tags = indexTags(record)
    expect(tags).toMatch(/^[a-z0-9 ]+$/)
    expect(tags.split(' ')).toHaveLength(new Set(tags.split(' ')).size)
    expect(readTags(tags)).toEqual({
      actors: ['nikol-pashinyan', 'csto'],
      countries: ['ARM'],
      eventRoots: ['11', '04'],
      sources: [record.source.domain],
      languages: ['en'],
    })
    expect(readTags(null)).toEqual({
      actors: [],
      countries: [],
      eventRoots: [],
      sources: [],
      languages: [],
    })
  })

  it('tags no day for an undated article or a date it cannot read', () => {
    for (const published of [null, 'sometime', '2024-13-01']) {
      expect(indexTags({ ...record, published })).not.toMatch(/\bwd/)
    }
  })

  it('covers a date range with exactly its days, by whole decades, years, months and days', () => {
    const ranges: [string, string][] = [
      ['2022-01-01', '2022-06-30'],
      ['2024-02-28', '2024-03-01'],
      ['1999-12-30', '2021-01-02'],
      ['2020-01-01', '2029-12-31'],
      ['2023-05-17', '2023-05-17'],
    ]
    for (const [from, to] of ranges) {
      expect(daysOf(dateRangeTags(from, to))).toEqual(daysBetween(from, to))
    }
    expect(dateRangeTags('2022-01-01', '2022-06-30')).toEqual([
      'wm202201',
      'wm202202',
      'wm202203',
      'wm202204',
      'wm202205',
      'wm202206',
    ])
    expect(dateRangeTags('2020-01-01', '2029-12-31')).toEqual(['wx202'])
    expect(dateRangeTags('2024-06-01', '2024-05-01')).toEqual([])
  })

  it('keeps an open-ended range to a few tags', () => {
    expect(dateRangeTags('2023-07-15', '2999-12-31').length).toBeLessThan(50)
    expect(dateRangeTags('1000-01-01', '2023-07-15').length).toBeLessThan(50)
  })

  it('makes one FTS5 expression of every filter, over the tags column only', () => {
    expect(tagQuery({})).toBeNull()
    const query = tagQuery({
      actor: 'csto',
      country: 'ARM',
      eventRoot: '11',
      from: '2024-01-01',
      to: '2024-12-31',
    })
    expect(query).toBe('index_tags : (wa6373746f AND wc41524d AND we11 AND (wy2024))')
    // A range with no day in it, or a root that is not one, matches nothing rather than failing.
    expect(tagQuery({ from: '2024-06-01', to: '2024-05-01' })).toBe('index_tags : ((wd0))')
    expect(tagQuery({ eventRoot: 'x"y' })).toBe('index_tags : (wenone)')
  })

  it('makes the same filters a tsquery for PostgreSQL', () => {
    expect(tagTsQuery({})).toBeNull()
    expect(tagTsQuery({ language: 'en', from: '2024-01-01', to: '2024-02-29' })).toBe(
      "'wl656e' & ('wm202401' | 'wm202402')",
    )
  })
})
