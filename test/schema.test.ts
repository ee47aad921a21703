import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { articleRecordJsonSchema } from '../src/core/article-json-schema.ts'
import { extractDocument } from '../src/extract/extract-document.ts'
import { demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { sampleArticles } from '../src/testing/sample-articles.ts'

const schemaFile = JSON.parse(
  readFileSync(new URL('../schema/article-record.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>
const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats.default(ajv)
const validate = ajv.compile(schemaFile)

describe('the Article Record JSON Schema', () => {
  it('is current with the zod schema the code uses (npm run schema:build)', () => {
    expect(schemaFile).toEqual(articleRecordJsonSchema())
  })

  it('accepts every record emitted for the demo corpus and the samples', () => {
    const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
    const records = [
      ...demoCorpusInputs().map((item) => extractDocument(item.document!, { kb }).record),
      ...sampleArticles().map((a) => a.record),
    ]
    for (const record of records) {
      expect(validate(record), `${record.id}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('rejects a record with a missing field or a bad offset', () => {
    const [{ record }] = sampleArticles() as unknown as [{ record: Record<string, unknown> }]
    expect(validate({ ...record, title: undefined })).toBe(false)
    expect(validate({ ...record, mentions: [{ text: 'x', start: -1, end: 0, actor: null }] })).toBe(
      false,
    )
  })
})
