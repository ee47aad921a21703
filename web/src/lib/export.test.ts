import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, exportFileName, exportUrl } from './export'

describe('exportUrl', () => {
  it('builds the URL of each format', () => {
    expect(EXPORT_FORMATS.map(({ format }) => exportUrl({ format }))).toEqual([
      '/api/export?format=jsonl',
      '/api/export?format=csv',
      '/api/export?format=events-tsv',
    ])
  })

  it('adds the actor and the dates, encoded', () => {
    expect(exportUrl({ format: 'csv', actor: 'nikol-pashinyan' })).toBe(
      '/api/export?format=csv&actor=nikol-pashinyan',
    )
    expect(
      exportUrl({ format: 'jsonl', actor: 'a&b c', from: '2019-01-01', to: '2019-12-31' }),
    ).toBe('/api/export?format=jsonl&from=2019-01-01&to=2019-12-31&actor=a%26b+c')
  })
})

describe('exportFileName', () => {
  it('names the file by actor and format', () => {
    expect(exportFileName('jsonl')).toBe('watchdesk-export.jsonl')
    expect(exportFileName('events-tsv')).toBe('watchdesk-export.tsv')
    expect(exportFileName('csv', 'nikol-pashinyan')).toBe('watchdesk-nikol-pashinyan.csv')
    expect(exportFileName('csv', '../a b')).toBe('watchdesk-a-b.csv')
  })
})
