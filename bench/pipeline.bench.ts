import { extractDocument } from '../src/extract/extract-document.ts'
import { demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { median, rate, throughput, type BenchRow } from './harness.ts'
import { readabilityText } from './readability-peer.ts'

/**
 * Whole-pipeline throughput on the demo corpus, one process: HTML → Article Record
 * (extraction and every analysis stage). The peer does extraction alone on the same pages.
 */
export function pipelineBench(passes = 7): BenchRow[] {
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
  const documents = demoCorpusInputs().flatMap((item) => (item.document ? [item.document] : []))
  // One warm-up pass each, then the measured passes.
  throughput(documents, 1, (d) => extractDocument(d, { kb }))
  const ours = median(throughput(documents, passes, (d) => extractDocument(d, { kb })))
  throughput(documents, 1, (d) => readabilityText(d.html ?? ''))
  const peer = median(throughput(documents, passes, (d) => readabilityText(d.html ?? '')))
  return [
    {
      figure: `pipeline, HTML → record, demo corpus (${documents.length} pages)`,
      value: rate(ours, 'articles/s'),
      peer: 'Readability.js 0.6 + linkedom, extraction only',
      peerValue: rate(peer, 'pages/s'),
      ratio: `${(ours / peer).toFixed(2)}×`,
    },
  ]
}
