import type { EventAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { findMarkedQuotes } from '../quotes/quote-marks.ts'
import { EVENT_PATTERNS, MODALITY_BEFORE, NEGATION_BEFORE } from './event-patterns.ts'

/**
 * Finds event triggers sentence by sentence and codes them in CAMEO. Negated and modal
 * triggers ("not to sell", "can buy") are kept and marked hypothetical, so that analysts can
 * count what happened apart from what was asked for or threatened. Source, target, date and
 * place are left to the arguments refiner.
 */
export class VerbPatternExtractor implements Extractor {
  readonly name = 'events/verb-patterns'

  extract(context: ExtractContext): EventAnnotation[] {
    const { body } = context.document
    const out: EventAnnotation[] = []
    // Words inside quotation marks are what someone said, not what the article reports.
    const quoted = findMarkedQuotes(body, context.paragraphs).map((q) => q.outer)
    for (const sentence of context.sentences) {
      const text = body.slice(sentence.start, sentence.end)
      for (const pattern of EVENT_PATTERNS) {
        const match = pattern.trigger.exec(text)
        if (!match) {
          continue
        }
        const start = sentence.start + match.index
        const end = start + match[0].length
        if (
          out.some((a) => start < a.end && a.start < end) ||
          quoted.some((q) => start >= q.start && end <= q.end)
        ) {
          continue
        }
        const before = text.slice(Math.max(0, match.index - 40), match.index)
        out.push({
          kind: 'event',
          start,
          end,
          text: match[0],
          value: {
            code: pattern.code,
            source: null,
            target: null,
            date: null,
            place: null,
            hypothetical: NEGATION_BEFORE.test(before) || MODALITY_BEFORE.test(before),
          },
          certainty: 'stated',
          tags: [`extractor/${this.name}`],
        })
      }
    }
    return out
  }
}
