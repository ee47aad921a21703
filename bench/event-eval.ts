/**
 * Scoring helpers for the events benchmark: the primary event of a sentence, its PLOVER type,
 * and root-level triple agreement. Kept apart from events.bench.ts so both stay small.
 */
import { ploverType } from '../src/analyse/events/record-events.ts'
import { codeSentence, type CodedTrigger } from '../src/analyse/events/verb-pattern-extractor.ts'

/**
 * The sentence's primary event: the first trigger that completes no other, passing over plain
 * statements (root 01) when anything else is coded.
 */
export function primaryEvent(text: string): CodedTrigger | undefined {
  const heads = codeSentence(text, 0).filter((t) => t.head === null)
  return heads.find((t) => !t.code.startsWith('01')) ?? heads[0]
}

/** The PLOVER type of a trigger: the pattern's own where it overrides, else the code's. */
export function ploverOf(trigger: CodedTrigger): string | null {
  return trigger.plover ?? ploverType(trigger.code)
}

/** A (source, target, root) triple; by default actors compare by their first three letters (country). */
export interface Triple {
  source: string
  target: string
  root: string
}

/** Precision, recall and F1 of predicted against expected triples, as multisets. */
export function tripleScore(
  pairs: readonly { expected: Triple[]; predicted: Triple[] }[],
  byCountry = true,
): { precision: number; recall: number; f1: number } {
  const key = byCountry ? countryKey : exactKey
  let tp = 0
  let predicted = 0
  let expected = 0
  for (const pair of pairs) {
    const left = pair.expected.map(key)
    expected += left.length
    predicted += pair.predicted.length
    for (const p of pair.predicted.map(key)) {
      const at = left.indexOf(p)
      if (at >= 0) {
        left.splice(at, 1)
        tp++
      }
    }
  }
  const precision = predicted ? tp / predicted : 0
  const recall = expected ? tp / expected : 0
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  }
}

function countryKey(t: Triple): string {
  return `${t.source.slice(0, 3)}|${t.target.slice(0, 3)}|${t.root}`
}

function exactKey(t: Triple): string {
  return `${t.source}|${t.target}|${t.root}`
}
