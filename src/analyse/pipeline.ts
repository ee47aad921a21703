import { AppError } from '../core/errors.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { Annotation, Span } from './annotation.ts'
import { splitParagraphs, splitSentences } from './text.ts'

/** The document a pipeline runs over. */
export interface AnalysisDocument {
  readonly id: string
  readonly title: string
  /** Clean text; every span points into it. */
  readonly body: string
  /** `YYYY-MM-DD`, or null when unknown. */
  readonly published: string | null
  readonly language: string
}

/** What every stage sees. Stages never read the clock or the network. */
export interface ExtractContext {
  readonly document: AnalysisDocument
  /** The date relative expressions resolve against: the publication date, else the run's date. */
  readonly reference: Date
  readonly kb: KnowledgeBase
  /** Sentence spans, computed once per document. */
  readonly sentences: readonly Span[]
  readonly paragraphs: readonly Span[]
  /** Lazy debug output: the block runs only when debugging is on. */
  debug(block: () => unknown): void
}

/** A stage that finds annotations in the text on its own. */
export interface Extractor {
  readonly name: string
  extract(context: ExtractContext): Annotation[]
}

/** A stage that combines, resolves or filters what the extractors found. */
export interface Refiner {
  readonly name: string
  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[]
}

/** An ordered pipeline: extractors run independently, refiners run in order after them. */
export interface PipelineConfig {
  readonly extractors: readonly Extractor[]
  readonly refiners: readonly Refiner[]
}

/** Options for one run. */
export interface RunOptions {
  kb: KnowledgeBase
  /** Used when the document has no publication date. */
  reference?: Date
  debug?: (output: unknown) => void
}

/**
 * Checks a configuration once: every stage needs a `stage/name` name, unique in the pipeline.
 *
 * @example
 * const pipeline = createPipeline({ extractors: [new DateExtractor()], refiners: [] })
 */
export function createPipeline(config: PipelineConfig): PipelineConfig {
  const seen = new Set<string>()
  for (const stage of [...config.extractors, ...config.refiners]) {
    if (!/^[a-z-]+\/[a-z0-9-]+$/.test(stage.name)) {
      throw new AppError(
        'invalid_pipeline',
        `watchdesk: stage name "${stage.name}" is not of the form "area/name"`,
      )
    }
    if (seen.has(stage.name)) {
      throw new AppError(
        'invalid_pipeline',
        `watchdesk: stage "${stage.name}" appears twice in the pipeline`,
      )
    }
    seen.add(stage.name)
  }
  return config
}

/** Builds the context stages see: the reference date, sentence and paragraph spans. */
export function createContext(document: AnalysisDocument, options: RunOptions): ExtractContext {
  const published = document.published ? new Date(`${document.published}T12:00:00Z`) : null
  return {
    document,
    reference: published ?? options.reference ?? new Date(0),
    kb: options.kb,
    sentences: splitSentences(document.body),
    paragraphs: splitParagraphs(document.body),
    debug: options.debug ? (block) => options.debug?.(block()) : () => undefined,
  }
}

/** Runs the pipeline over one document and returns its annotations sorted by position. */
export function runPipeline(
  config: PipelineConfig,
  document: AnalysisDocument,
  options: RunOptions,
  context: ExtractContext = createContext(document, options),
): Annotation[] {
  let annotations: Annotation[] = []
  for (const extractor of config.extractors) {
    for (const annotation of extractor.extract(context)) {
      annotations.push(annotation)
    }
  }
  annotations.sort(byPosition)
  for (const refiner of config.refiners) {
    annotations = refiner.refine(context, annotations).sort(byPosition)
  }
  return annotations
}

function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end
}
