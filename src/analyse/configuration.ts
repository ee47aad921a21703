import { ActorOverlapRefiner } from './actors/actor-overlap-refiner.ts'
import { BareInstitutionRefiner } from './actors/bare-institution-refiner.ts'
import { ContextFilterRefiner } from './actors/context-filter-refiner.ts'
import { KbGazetteerExtractor } from './actors/kb-gazetteer-extractor.ts'
import { PersonOfficeRefiner } from './actors/person-office-refiner.ts'
import { OrgAnaphoraRefiner } from './actors/org-anaphora-refiner.ts'
import { LocalPersonRefiner } from './actors/local-person-refiner.ts'
import { RolePersonExtractor } from './actors/role-person-extractor.ts'
import { RoleTitleExtractor } from './actors/role-title-extractor.ts'
import { RussianNameExtractor } from './actors/russian-name-extractor.ts'
import { DateExpressionExtractor } from './dates/date-expression-extractor.ts'
import { EventArgumentsRefiner } from './events/event-arguments-refiner.ts'
import { VerbPatternExtractor } from './events/verb-pattern-extractor.ts'
import { createPipeline, type Extractor, type PipelineConfig, type Refiner } from './pipeline.ts'
import { AttributionRefiner } from './quotes/attribution-refiner.ts'
import { DirectQuoteExtractor } from './quotes/direct-quote-extractor.ts'
import { RussianDirectQuoteExtractor } from './quotes/direct-quote-extractor-ru.ts'
import { IndirectQuoteExtractor } from './quotes/indirect-quote-extractor.ts'
import { RussianIndirectQuoteExtractor } from './quotes/indirect-quote-extractor-ru.ts'
import { ReportedReferenceExtractor } from './references/reported-reference-extractor.ts'

/**
 * The actor stages alone, in order: what resolves mentions to knowledge-base actors. The
 * default pipeline runs them with the other stages; the actor benchmark runs them alone.
 */
export function actorPipeline(): PipelineConfig {
  const { extractors, refiners } = actorStages()
  return createPipeline({ extractors, refiners })
}

function actorStages(): { extractors: Extractor[]; refiners: Refiner[] } {
  return {
    // Extractors are independent: names and aliases (with generated institution forms and
    // collectives), people introduced by a role, offices written without a name, and names in
    // Russian text, inflected and in Cyrillic.
    extractors: [
      new KbGazetteerExtractor(),
      new RolePersonExtractor(),
      new RoleTitleExtractor(),
      new RussianNameExtractor(),
    ],
    refiners: [
      // Negative contexts before overlaps: a dropped "Aliyev" in "Heydar Aliyev Avenue" must not
      // win an overlap, and a cut-loose "Heydar Aliyev" must reach the local-person refiner.
      new ContextFilterRefiner(),
      // Overlaps next: every later refiner reads actor mentions and needs one per span.
      new ActorOverlapRefiner(),
      // "Pashinyan's office" beside the person's mention, once there is one per span.
      new PersonOfficeRefiner(),
      // Bare "Security Council" reads the final mentions before it for its country, and only
      // fills gaps no other mention covers.
      new BareInstitutionRefiner(),
      // "The alliance" after the bareInstitution pass: both read final mentions before them.
      new OrgAnaphoraRefiner(),
      // Local people last among actor stages: unresolved names get `local:` ids, and their
      // surnames are linked only where no other mention already stands.
      new LocalPersonRefiner(),
    ],
  }
}

/**
 * The default analysis pipeline. Extractors are independent of each other; refiners run in the
 * order below, each seeing what the ones before it produced.
 */
export function defaultPipeline(): PipelineConfig {
  const actors = actorStages()
  return createPipeline({
    extractors: [
      ...actors.extractors,
      new DateExpressionExtractor(),
      new DirectQuoteExtractor(),
      new IndirectQuoteExtractor(),
      // The Russian quote rules, for Russian documents only (the direct extractor above leaves
      // those to them).
      new RussianDirectQuoteExtractor(),
      new RussianIndirectQuoteExtractor(),
      new VerbPatternExtractor(),
      new ReportedReferenceExtractor(),
    ],
    refiners: [
      // The actor refiners first (ordered in actorStages): quotes and events read actors.
      ...actors.refiners,
      // Attribution needs the final actor mentions; events need nothing from quotes.
      new AttributionRefiner(),
      new EventArgumentsRefiner(),
    ],
  })
}
