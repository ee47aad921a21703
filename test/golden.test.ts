/**
 * Golden tests over the demo corpus: every page goes through extraction and analysis, and
 *  - the extracted title, byline, date and body must equal what the article's author wrote
 *    (corpus/demo/articles/<slug>.json is the truth, independent of the extractor), and
 *  - the whole record must equal the reviewed expectation in test/golden/<slug>.json.
 * `npm run golden:update` (UPDATE_GOLDEN=1) rewrites the expectations; review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArticleRecord } from '../src/core/article.ts'
import { extractDocument } from '../src/extract/extract-document.ts'
import { demoCorpusInputs, DEMO_CORPUS_DIR } from '../src/ingest/seed-demo-corpus.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'

interface AuthoredArticle {
  title: string
  byline: string | null
  published: string
  body: (string | { h: string })[]
}

const GOLDEN_DIR = new URL('./golden/', import.meta.url)
const update = process.env.UPDATE_GOLDEN === '1'
const kb = KnowledgeBase.load([DEFAULT_KB_DIR])

for (const item of demoCorpusInputs()) {
  describe(item.label, () => {
    const authored = JSON.parse(
      readFileSync(join(DEMO_CORPUS_DIR, 'articles', `${item.label}.json`), 'utf8'),
    ) as AuthoredArticle
    const { record } = extractDocument(item.document!, { kb })
    const goldenFile = new URL(`${item.label}.json`, GOLDEN_DIR)
    if (update) {
      writeFileSync(goldenFile, `${JSON.stringify(record, null, 2)}\n`)
    }
    const golden = existsSync(goldenFile)
      ? (JSON.parse(readFileSync(goldenFile, 'utf8')) as ArticleRecord)
      : null

    it('extracts the title as written', () => {
      expect(record.title).toBe(authored.title)
    })
    it('extracts the byline as written', () => {
      expect(record.byline).toBe(authored.byline)
    })
    it('extracts the publication date and time', () => {
      expect(record.published?.slice(0, 16)).toBe(authored.published.slice(0, 16))
    })
    it('extracts exactly the article body, clutter dropped', () => {
      expect(record.body).toBe(
        authored.body.map((block) => (typeof block === 'string' ? block : block.h)).join('\n\n'),
      )
    })
    for (const field of [
      'actors',
      'mentions',
      'quotes',
      'statements',
      'events',
      'references',
      'source',
      'canonicalUrl',
      'language',
    ] as const) {
      it(`matches the reviewed ${field}`, () => {
        expect(golden, `no golden file: run npm run golden:update`).not.toBeNull()
        expect(record[field]).toEqual(golden?.[field])
      })
    }
  })
}
