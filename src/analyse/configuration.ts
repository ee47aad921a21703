import { ActorOverlapRefiner } from './actors/actor-overlap-refiner.ts'
import { KbGazetteerExtractor } from './actors/kb-gazetteer-extractor.ts'
import { LocalPersonRefiner } from './actors/local-person-refiner.ts'
import { RolePersonExtractor } from './actors/role-person-extractor.ts'
import { DateExpressionExtractor } from './dates/date-expression-extractor.ts'
import { EventArgumentsRefiner } from './events/event-arguments-refiner.ts'
import { VerbPatternExtractor } from './events/verb-pattern-extractor.ts'
import { createPipeline, type PipelineConfig } from './pipeline.ts'
import { AttributionRefiner } from './quotes/attribution-refiner.ts'
import { DirectQuoteExtractor } from './quotes/direct-quote-extractor.ts'
import { IndirectQuoteExtractor } from './quotes/indirect-quote-extractor.ts'
import { ReportedReferenceExtractor } from './references/reported-reference-extractor.ts'

/**
 * The default analysis pipeline. Extractors are independent of each other; refiners run in the
 * order below, each seeing what the ones before it produced.
 */
export function defaultPipeline(): PipelineConfig {
  return createPipeline({
    extractors: [
      new KbGazetteerExtractor(),
      new RolePersonExtractor(),
      new DateExpressionExtractor(),
      new DirectQuoteExtractor(),
      new IndirectQuoteExtractor(),
      new VerbPatternExtractor(),
      new ReportedReferenceExtractor(),
    ],
    refiners: [
      // Overlaps go first: every later refiner reads actor mentions and needs one per span.
      new ActorOverlapRefiner(),
      // Local people before attribution, so "Zas said" finds its speaker.
      new LocalPersonRefiner(),
      // Attribution needs the final actor mentions; events need nothing from quotes.
      new AttributionRefiner(),
      new EventArgumentsRefiner(),
    ],
  })
}
