import type { ArticleRecord } from '../core/article.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import { buildRecord, type BodyDate, type RecordHead } from './build-record.ts'
import { defaultPipeline } from './configuration.ts'
import type { RoleChange } from '../kb/role-change.ts'
import { detectRoleChanges } from './actors/role-change-detector.ts'
import {
  createContext,
  runPipeline,
  type AnalysisDocument,
  type PipelineConfig,
} from './pipeline.ts'

/** What analysis needs besides the article itself. */
export interface AnalyseOptions {
  kb: KnowledgeBase
  pipeline?: PipelineConfig
  /** Reference date for articles without a publication date. */
  reference?: Date
}

/** An analysed article: its record, and the date expressions found in its body. */
export interface AnalysedArticle {
  record: ArticleRecord
  dates: BodyDate[]
  /** Changes of office the article reports, to propose as knowledge-base updates. */
  roleChanges?: RoleChange[]
}

let cachedPipeline: PipelineConfig | null = null

/** What the pipeline reads of an article: its text, and its publication day. */
export function analysisDocument(head: RecordHead): AnalysisDocument {
  return {
    id: head.id,
    title: head.title,
    body: head.body,
    published: head.published?.slice(0, 10) ?? null,
    language: head.language,
  }
}

/**
 * Runs the analysis pipeline over an extracted article and returns its Article Record.
 *
 * @example
 * const { record } = analyseArticle(head, { kb })
 * record.quotes[0]?.speaker.name
 */
export function analyseArticle(head: RecordHead, options: AnalyseOptions): AnalysedArticle {
  cachedPipeline ??= defaultPipeline()
  const pipeline = options.pipeline ?? cachedPipeline
  const document = analysisDocument(head)
  const runOptions = {
    kb: options.kb,
    ...(options.reference ? { reference: options.reference } : {}),
  }
  const context = createContext(document, runOptions)
  const annotations = runPipeline(pipeline, document, runOptions, context)
  return {
    ...buildRecord(head, annotations, options.kb),
    roleChanges: detectRoleChanges(context, annotations),
  }
}
