import { describe, expect, it } from 'vitest'
import { sampleArticles } from '../testing/sample-articles.ts'
import { EVENT_COLUMNS, exportFormat, exportLines } from './export-formats.ts'

async function lines(format: Parameters<typeof exportLines>[0]): Promise<string[]> {
  const items = sampleArticles().map(({ record }) => ({ record, duplicateOf: null }))
  // An async iterable, as the store streams them.
  const records = async function* (): AsyncGenerator<(typeof items)[number]> {
    yield* await Promise.resolve(items)
  }
  const out: string[] = []
  for await (const line of exportLines(format, records())) {
    out.push(line)
  }
  return out
}

describe('export formats', () => {
  it('writes one JSON record per line', async () => {
    const out = await lines('jsonl')
    expect(out).toHaveLength(3)
    expect(JSON.parse(out[0]!)).toMatchObject({ schema: 'watchdesk.article/1' })
  })

  it('writes an article CSV with a header and RFC 4180 quoting', async () => {
    const [header, first] = await lines('csv')
    expect(header).toBe(
      'id,published,source,domain,title,byline,language,url,actors,quotes,statements,responses,events,duplicate_of\n',
    )
    expect(first).toMatch(
      /^[0-9a-f]{16},2019-11-29,,scmonitor\.example,Pashinyan urges CSTO allies not to arm Azerbaijan,,en,/,
    )
    expect(first).toContain('nikol-pashinyan')
  })

  it('writes one GDELT-like row per event with dates, codes, quad class and Goldstein', async () => {
    const [header, ...rows] = await lines('events-tsv')
    expect(header?.trim().split('\t')).toEqual([...EVENT_COLUMNS])
    const appeal = rows.map((r) => r.trim().split('\t')).find((cells) => cells[9] === '020')
    expect(appeal).toBeDefined()
    const cell = (name: (typeof EVENT_COLUMNS)[number]): string =>
      appeal![EVENT_COLUMNS.indexOf(name)]!
    expect(cell('Actor1Code')).toBe('ARMGOV')
    expect(cell('EventRootCode')).toBe('02')
    expect(cell('QuadClass')).toBe('1')
    expect(cell('GoldsteinScale')).toBe('3')
    expect(cell('SQLDATE')).toMatch(/^2019112[89]$/)
  })

  it('names the formats there are', () => {
    expect(() => exportFormat('xml')).toThrow(/use jsonl, csv, events-tsv/)
  })
})
