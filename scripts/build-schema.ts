/**
 * Writes schema/article-record.schema.json from the zod schema in src/core/article-schema.ts,
 * so the JSON Schema file and the code that emits records can never drift apart (a test checks
 * the file is current). Run: `npm run schema:build`.
 */
import { writeFileSync } from 'node:fs'
import { articleRecordJsonSchema } from '../src/core/article-json-schema.ts'

const target = new URL('../schema/article-record.schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(articleRecordJsonSchema(), null, 2)}\n`)
console.log('wrote schema/article-record.schema.json')
