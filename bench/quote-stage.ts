/**
 * The quote stage on its own, for its speed: the direct and indirect quote extractors, the
 * attribution refiner (speakers, and the speaker a quote answers) and the grouping of quotes
 * into statements with their responds-to links. What the stage reads from earlier stages (the
 * sentence and paragraph spans of the context, the final actor mentions) is prepared beforehand
 * and not timed, as the pipeline computes it once for every stage.
 */
import { ofKind, type Annotation, type CueClass } from '../src/analyse/annotation.ts'
import { analysisDocument } from '../src/analyse/analyse-article.ts'
import { buildRecord, type RecordHead } from '../src/analyse/build-record.ts'
import { defaultPipeline } from '../src/analyse/configuration.ts'
import {
  createContext,
  createPipeline,
  runPipeline,
  type ExtractContext,
  type Extractor,
  type Refiner,
} from '../src/analyse/pipeline.ts'
import type { ArticleRecord } from '../src/core/article.ts'
import type { KnowledgeBase } from '../src/kb/knowledge-base.ts'

/** One article ready for the quote stage. */
export interface QuoteStageInput {
  head: RecordHead
  context: ExtractContext
  /** What the stages before attribution produced, quotes left out. */
  prior: Annotation[]
}

/** The quote stages of the default pipeline, and what runs before them. */
interface Stages {
  extractors: Extractor[]
  attribution: Refiner
  before: { extractors: Extractor[]; refiners: Refiner[] }
}

let cached: Stages | null = null

function stages(): Stages {
  if (cached) {
    return cached
  }
  const pipeline = defaultPipeline()
  const isQuote = (s: { name: string }): boolean => s.name.startsWith('quotes/')
  const at = pipeline.refiners.findIndex(isQuote)
  const attribution = pipeline.refiners[at]
  if (!attribution || pipeline.refiners.filter(isQuote).length !== 1) {
    throw new Error('bench:quotes: the default pipeline no longer has one quote refiner')
  }
  cached = {
    extractors: pipeline.extractors.filter(isQuote),
    attribution,
    before: {
      extractors: pipeline.extractors.filter((e) => !isQuote(e)),
      refiners: pipeline.refiners.slice(0, at),
    },
  }
  return cached
}

/** Runs everything before the quote stage (untimed). */
export function quoteStageInput(head: RecordHead, kb: KnowledgeBase): QuoteStageInput {
  const document = analysisDocument(head)
  const context = createContext(document, { kb })
  const prior = runPipeline(createPipeline(stages().before), document, { kb }, context)
  return { head, context, prior }
}

/** The quote stage over one prepared article: its quotes, statements and each quote's cue class. */
export function runQuoteStage(
  input: QuoteStageInput,
  kb: KnowledgeBase,
): Pick<ArticleRecord, 'quotes' | 'statements'> & { classes: CueClass[] } {
  const { extractors, attribution } = stages()
  const annotations = [...input.prior]
  for (const extractor of extractors) {
    annotations.push(...extractor.extract(input.context))
  }
  annotations.sort(byPosition)
  const refined = attribution.refine(input.context, annotations)
  const quotes = ofKind(refined, 'quote').sort(byPosition)
  // The statements and their responds-to links, built by the record builder from the quotes
  // and the actor mentions (an answer's target is read from them).
  const { record } = buildRecord(input.head, [...ofKind(refined, 'actor'), ...quotes], kb)
  return {
    quotes: record.quotes,
    statements: record.statements,
    classes: quotes.map((q) => q.value.cueClass),
  }
}

/** The pipeline's order: by start, the longer first. */
function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end
}
