/**
 * Negation, modality, voice and complements of matched triggers, read from the words before
 * each trigger within its clause. An event that completes a head ("urged … not to sell",
 * "threatened to impose sanctions") takes the head's modality, and refines a generic head code
 * ("020" + a release → "0253").
 */
import type { EventModality } from '../annotation.ts'
import type { PatternTable } from './event-patterns.ts'
import type { PatternMatch, Token } from './pattern-matcher.ts'
import { headKey, instrument, isGeneric, refinement, speechAct } from './event-recode.ts'
import {
  BE,
  HEAD_REACH,
  IRREGULAR_PARTICIPLES,
  LINKS,
  MODALS,
  NEGATORS,
  REACH,
} from './modality-words.ts'

/** What the words around a trigger say about it. */
export interface TriggerReading {
  code: string
  polarity: 'positive' | 'negative'
  modality: EventModality
  voice: 'active' | 'passive'
  /** Index of the head match this one completes, if any. */
  head: number | null
}

/** Reads every match of one sentence; `matches` are in text order. */
export function readTriggers(
  table: PatternTable,
  tokens: readonly Token[],
  matches: readonly PatternMatch[],
): TriggerReading[] {
  const readings: TriggerReading[] = []
  for (const [m, match] of matches.entries()) {
    const first = match.words[0]!
    const previousEnd = m > 0 ? matches[m - 1]!.words.at(-1)! + 1 : 0
    const window = before(tokens, first, Math.max(previousEnd, first - REACH))
    const clauseHasCondition = inCondition(tokens, first)
    let polarity: TriggerReading['polarity'] = window.some(isNegator) ? 'negative' : 'positive'
    let modality: EventModality =
      clauseHasCondition || window.some((t) => MODALS.has(t.text)) ? 'possible' : 'asserted'
    const voice = isPassive(window, tokens[first]!) ? 'passive' : 'active'
    const code = match.pattern.code
    let head: number | null = null
    const h = m > 0 ? headBefore(table, tokens, matches, readings, m) : null
    if (h !== null) {
      const rule = table.heads.get(headKey(table, readings[h]!.code)!)!
      head = h
      if (rule.modality === 'negated') {
        polarity = 'negative'
      } else {
        modality = rule.modality
      }
      const headCode = readings[h]!.code
      if (headCode.startsWith('03') && /^(?:1[5-9]|20)/.test(code) && polarity === 'positive') {
        // "vowed to fight" is a threat, not an intent to cooperate.
        readings[h] = {
          ...readings[h]!,
          code: refinement(table.heads.get('13')!.refine, code) ?? '130',
        }
      } else {
        const refined = polarity === 'positive' ? refinement(rule.refine, code) : undefined
        if (refined && isGeneric(headCode)) {
          readings[h] = { ...readings[h]!, code: refined }
        }
      }
    }
    const reading: TriggerReading = {
      code: instrument(table, tokens, code),
      polarity,
      modality,
      voice,
      head,
    }
    const threat = tokens.slice(first).some((t) => t.text === 'unless')
    readings.push(
      head === null && !match.pattern.transfer
        ? speechAct(table, reading, window, threat)
        : reading,
    )
  }
  return readings
}

/** True when "if" or "unless" opens the trigger's clause. */
function inCondition(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    if (tokens[k]!.text === 'if' || tokens[k]!.text === 'unless') {
      return true
    }
    if (tokens[k]!.barrier) {
      return false
    }
  }
  return false
}

function before(tokens: readonly Token[], index: number, from: number): Token[] {
  const out: Token[] = []
  for (let k = index - 1; k >= from; k--) {
    out.unshift(tokens[k]!)
    if (tokens[k]!.barrier) {
      break
    }
  }
  if (tokens[index]?.barrier) {
    return []
  }
  return out
}

function isNegator(token: Token): boolean {
  return NEGATORS.has(token.text) || token.text.endsWith("n't")
}

function isPassive(window: readonly Token[], trigger: Token): boolean {
  const participle = /(?:ed|en|wn)$/.test(trigger.text) || IRREGULAR_PARTICIPLES.has(trigger.text)
  return participle && window.slice(-2).some((t) => BE.has(t.text))
}

/** The nearest earlier head in the same clause, within reach, that this match completes. */
function headBefore(
  table: PatternTable,
  tokens: readonly Token[],
  matches: readonly PatternMatch[],
  readings: readonly TriggerReading[],
  m: number,
): number | null {
  const first = matches[m]!.words[0]!
  for (let h = m - 1; h >= 0; h--) {
    const headEnd = matches[h]!.words.at(-1)!
    if (first - headEnd > HEAD_REACH) {
      return null
    }
    if (tokens.slice(headEnd + 1, first + 1).some((t) => t.barrier)) {
      return null
    }
    const link = tokens.slice(headEnd + 1, first).some((t) => LINKS.has(t.text))
    if (
      link &&
      readings[h]!.head === null &&
      isGeneric(readings[h]!.code) &&
      headKey(table, readings[h]!.code)
    ) {
      return h
    }
  }
  return null
}
