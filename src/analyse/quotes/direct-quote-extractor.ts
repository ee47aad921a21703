import type { QuoteAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { CUE_PATTERN, cueClass } from './cues.ts'
import { findMarkedQuotes } from './quote-marks.ts'

/** A speaker as written: a pronoun, "the spokesperson", or a capitalised name with its title. */
const SPEAKER = String.raw`(?:he|she|they|we|it|[Tt]he\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,5}?|(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'-]+)`
const AFTER = new RegExp(
  String.raw`^\s*[,.!?…]?\s*(?:—\s*)?(?:(${SPEAKER})\s+(?:also\s+|then\s+|later\s+)?(${CUE_PATTERN})|(${CUE_PATTERN})\s+(${SPEAKER}))\b`,
  'u',
)
/** The speaker and cue earlier in the quote's sentence: `Pashinyan said he was “happy …”`. */
const BEFORE = new RegExp(
  String.raw`(${SPEAKER})\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(${CUE_PATTERN})\b[^.!?“”"«»„]{0,100}$`,
  'u',
)

/** Fewer words than this between marks is a name, a term or scare quotes, not a quote. */
const MIN_WORDS = 4

/**
 * Finds quotations between marks and reads their attribution from the words around them:
 * `“…,“ he said`, `"…" said Pashinyan`, `Pashinyan said: "…"`. A quote with no attribution of
 * its own keeps an empty speaker; the attribution refiner fills it from context.
 */
export class DirectQuoteExtractor implements Extractor {
  readonly name = 'quotes/direct'

  extract(context: ExtractContext): QuoteAnnotation[] {
    const { body } = context.document
    const out: QuoteAnnotation[] = []
    for (const marked of findMarkedQuotes(body, context.paragraphs)) {
      const quote = body.slice(marked.inner.start, marked.inner.end).trim()
      if (quote.split(/\s+/).length < MIN_WORDS) {
        continue
      }
      const attribution = this.#attribution(body, marked.outer.start, marked.outer.end)
      out.push({
        kind: 'quote',
        start: marked.outer.start,
        end: marked.outer.end,
        text: body.slice(marked.outer.start, marked.outer.end),
        value: {
          type: 'direct',
          quote,
          speakerName: attribution?.speaker ?? '',
          speakerActor: null,
          speakerRole: null,
          speakerSpan: attribution?.span ?? null,
          cue: attribution?.cue ?? '',
          cueClass: cueClass(attribution?.cue ?? 'said'),
          respondsToName: null,
          respondsToActor: null,
        },
        certainty: attribution ? 'stated' : 'inferred',
        tags: [`extractor/${this.name}`],
      })
    }
    return out
  }

  #attribution(
    body: string,
    start: number,
    end: number,
  ): { speaker: string; span: { start: number; end: number }; cue: string } | null {
    const after = AFTER.exec(body.slice(end, end + 160))
    if (after) {
      const speaker = after[1] ?? after[4] ?? ''
      const cue = after[2] ?? after[3] ?? ''
      const offset =
        end + after[0].indexOf(speaker, after[1] ? 0 : after[0].indexOf(cue) + cue.length)
      return { speaker, span: { start: offset, end: offset + speaker.length }, cue: normalise(cue) }
    }
    const windowStart = Math.max(0, start - 200)
    const beforeText = body.slice(windowStart, start)
    const sentenceStart = Math.max(beforeText.lastIndexOf('. '), beforeText.lastIndexOf('\n')) + 1
    const before = BEFORE.exec(beforeText.slice(sentenceStart))
    if (before) {
      const speaker = before[1] ?? ''
      const offset = windowStart + sentenceStart + before.index
      return {
        speaker,
        span: { start: offset, end: offset + speaker.length },
        cue: normalise(before[2] ?? ''),
      }
    }
    return null
  }
}

function normalise(cue: string): string {
  return cue.toLowerCase().replace(/\s+/g, ' ')
}
