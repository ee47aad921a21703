import { detectRoleChanges } from '../src/analyse/actors/role-change-detector.ts'
import { actorPipeline } from '../src/analyse/configuration.ts'
import { createContext, runPipeline, type AnalysisDocument } from '../src/analyse/pipeline.ts'
import { extractDocument } from '../src/extract/extract-document.ts'
import { demoCorpusInputs } from '../src/ingest/seed-demo-corpus.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../src/kb/knowledge-base.ts'
import { median, rate, throughput, type BenchRow } from './harness.ts'

/** The floor: resolution must not be the pipeline's bottleneck. */
export const ACTOR_FLOOR = 1000

/**
 * The actor stages alone (gazetteer, role-person, role-title, context filter, overlaps, bare
 * institutions, local people) plus role-change detection, over the demo corpus bodies already
 * extracted: articles per second, against the 1,000 articles/s the issue requires.
 */
export function actorsBench(passes = 7): BenchRow[] {
  const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
  const documents: AnalysisDocument[] = demoCorpusInputs().flatMap((item) => {
    if (!item.document) {
      return []
    }
    const { record } = extractDocument(item.document, { kb })
    return [
      {
        id: record.id,
        title: record.title,
        body: record.body,
        published: record.published?.slice(0, 10) ?? null,
        language: record.language,
      },
    ]
  })
  const pipeline = actorPipeline()
  const run = (document: AnalysisDocument): unknown => {
    const context = createContext(document, { kb })
    return detectRoleChanges(context, runPipeline(pipeline, document, { kb }, context))
  }
  throughput(documents, 2, run)
  const ours = median(throughput(documents, passes, run))
  return [
    {
      figure: `actor resolution alone, demo corpus bodies (${documents.length} articles)`,
      value: rate(ours, 'articles/s'),
      peer: 'required floor (issue 4)',
      peerValue: rate(ACTOR_FLOOR, 'articles/s'),
      ratio: `${(ours / ACTOR_FLOOR).toFixed(2)}×`,
    },
  ]
}
