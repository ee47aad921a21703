import { describe, expect, it } from 'vitest'
import { sampleArticles } from '../testing/sample-articles.ts'
import { parseRecord, recordJson } from './record-json.ts'

describe('the stored record JSON', () => {
  const record = sampleArticles()[0]!.record

  it('leaves the body out, keeping the order of the keys', () => {
    const json = recordJson(record)
    expect(record.body.length).toBeGreaterThan(100)
    expect(json).not.toContain(record.body.slice(0, 60))
    expect(Object.keys(JSON.parse(json) as object)).toEqual(Object.keys(record))
  })

  it('puts the body back from its column, as it was', () => {
    const restored = parseRecord(recordJson(record), record.body)
    expect(restored).toEqual(record)
    expect(JSON.stringify(restored)).toBe(JSON.stringify(record))
  })

  it('reads a record stored with its body inside, as earlier versions wrote it', () => {
    expect(parseRecord(JSON.stringify(record), record.body)).toEqual(record)
  })
})
