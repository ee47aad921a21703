import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodePage } from '../extract/decode.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { Store } from '../store/store.ts'
import { ingestDocuments, type IngestReport } from './ingest-documents.ts'
import type { InputItem } from './read-inputs.ts'

/** The bundled demo corpus (docs/demo-corpus.md). */
export const DEMO_CORPUS_DIR = fileURLToPath(new URL('../../corpus/demo', import.meta.url))

interface ManifestEntry {
  slug: string
  url: string
  file: string
}

/**
 * The demo pages as inputs, each with the URL it has on its (invented) outlet. Pages are read as
 * bytes and decoded by their own `<meta>` charset: the kvs pages are windows-1251.
 */
export function demoCorpusInputs(dir = DEMO_CORPUS_DIR): InputItem[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[]
  return manifest.map((entry) => ({
    label: entry.slug,
    document: {
      url: entry.url,
      html: decodePage(readFileSync(join(dir, entry.file.replace(/^corpus\/demo\//, '')))),
    },
  }))
}

/** Loads the demo corpus when the store is empty; returns null when it was not. */
export async function seedDemoCorpus(
  store: Store,
  kb: KnowledgeBase,
): Promise<IngestReport | null> {
  if ((await store.countArticles()) > 0) {
    return null
  }
  return ingestDocuments(demoCorpusInputs(), { store, kb })
}
