import type { EventAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { findMarkedQuotes } from '../quotes/quote-marks.ts'
import { readTriggers } from './event-modality.ts'
import { patternTable, type PatternTable } from './event-patterns.ts'
import { matchPatterns, tokenize } from './pattern-matcher.ts'

/** One coded trigger of a sentence, before its arguments are known. */
export interface CodedTrigger {
  start: number
  end: number
  code: string
  polarity: 'positive' | 'negative'
  modality: 'asserted' | 'possible' | 'requested' | 'alleged'
  voice: 'active' | 'passive'
  /** Index (in the returned list) of the head this trigger completes. */
  head: number | null
  transfer: 'supply' | 'acquire' | null
  /** The pattern's own PLOVER type, where it overrides the code's. */
  plover: string | null
}

const ACQUIRE = /^(?:buy|bought|purchas|acquir|obtain|order|receiv|import)/

/**
 * Codes one sentence: every trigger with its CAMEO code, polarity, modality, voice and head.
 * This is the coding step the events benchmark times.
 *
 * @example
 * codeSentence('Armenia and Azerbaijan agreed to hold talks.', 0)[0]?.code // '036'
 */
export function codeSentence(
  text: string,
  offset: number,
  table: PatternTable = patternTable(),
): CodedTrigger[] {
  const tokens = tokenize(text, offset)
  const matches = matchPatterns(table, tokens)
  const readings = readTriggers(table, tokens, matches)
  const out: CodedTrigger[] = []
  const indexOf = new Map<number, number>()
  matches.forEach((match, i) => {
    if (match.pattern.code === '-') {
      return // a blocker: words that look like a trigger but name something ("riot police")
    }
    const first = tokens[match.words[0]!]!
    const last = tokens[match.words.at(-1)!]!
    const reading = readings[i]!
    const transfer = match.pattern.transfer
    indexOf.set(i, out.length)
    out.push({
      start: first.start,
      end: last.end,
      code: reading.code,
      polarity: reading.polarity,
      modality: reading.modality,
      voice: reading.voice,
      plover: reading.code === match.pattern.code ? match.pattern.plover : null,
      head: reading.head === null ? null : (indexOf.get(reading.head) ?? null),
      transfer:
        transfer === 'auto'
          ? ACQUIRE.test(first.text) || last.text.includes('purchase')
            ? 'acquire'
            : 'supply'
          : transfer,
    })
  })
  return out
}

/**
 * Finds event triggers sentence by sentence from the pattern table and codes them in CAMEO.
 * Negated and modal triggers ("not to sell", "can buy") are kept and marked, so that analysts
 * can count what happened apart from what was asked for, threatened or alleged. Source,
 * target, date and place are left to the arguments refiner.
 */
export class VerbPatternExtractor implements Extractor {
  readonly name = 'events/verb-patterns'

  extract(context: ExtractContext): EventAnnotation[] {
    const { body } = context.document
    const table = patternTable()
    const out: EventAnnotation[] = []
    // Words inside quotation marks are what someone said, not what the article reports.
    const quoted = findMarkedQuotes(body, context.paragraphs).map((q) => q.outer)
    for (const sentence of context.sentences) {
      const triggers = codeSentence(body.slice(sentence.start, sentence.end), sentence.start, table)
      const weapon = namedWeapon(table, body.slice(sentence.start, sentence.end))
      for (const t of triggers) {
        if (quoted.some((q) => t.start >= q.start && t.end <= q.end)) {
          continue
        }
        const hypothetical = t.polarity === 'negative' || t.modality !== 'asserted'
        out.push({
          kind: 'event',
          start: t.start,
          end: t.end,
          text: body.slice(t.start, t.end),
          value: {
            code: t.code,
            source: null,
            target: null,
            date: null,
            place: null,
            hypothetical,
            polarity: t.polarity,
            modality: t.modality,
            voice: t.voice,
            ...(t.head === null ? {} : { headStart: triggers[t.head]!.start }),
            transfer: t.transfer,
            weapon: t.transfer ? weapon : null,
          },
          certainty: 'stated',
          tags: [`extractor/${this.name}`],
        })
      }
    }
    return out
  }
}

function namedWeapon(table: PatternTable, text: string): string | null {
  let best: string | null = null
  for (const name of table.weaponSystems) {
    if (text.includes(name) && (!best || name.length > best.length)) {
      best = name
    }
  }
  return best
}
