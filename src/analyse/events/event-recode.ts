/**
 * Recoding a trigger by what surrounds it: a stated future becomes an intent or a threat, a
 * "must" a demand, a refused cooperation a rejection (CAMEO codes the saying, not the said), and
 * a killing by aircraft or artillery takes the means' code.
 */
import type { PatternTable } from './event-patterns.ts'
import { COOPERATION, CONFLICT, FUTURE, NECESSITY } from './modality-words.ts'
import type { TriggerReading } from './event-modality.ts'
import type { Token } from './pattern-matcher.ts'

/**
 * CAMEO codes what is said about the future as the saying: "will withdraw" is an intent (03),
 * "would blockade" a threat (13), "must return" a demand (10). The recoded event is asserted.
 */
export function speechAct(
  table: PatternTable,
  reading: TriggerReading,
  window: readonly Token[],
  unless: boolean,
): TriggerReading {
  if (reading.polarity === 'negative') {
    // "would not meet the demands", "failed to reach agreement": a refusal, which did happen.
    if (
      !/^0[3-8]/.test(reading.code) ||
      !window.some(
        (t) =>
          t.text === 'not' || t.text === 'never' || t.text.endsWith("n't") || t.text === 'failed',
      )
    ) {
      return reading
    }
    const code = refinement(table.heads.get('12')!.refine, reading.code) ?? '120'
    return { ...reading, code, polarity: 'positive', modality: 'asserted' }
  }
  const future = window.some((t) => FUTURE.has(t.text))
  const must = window.some((t) => NECESSITY.has(t.text))
  const conflict = CONFLICT.test(reading.code) || unless
  const head = must
    ? '10'
    : conflict && (future || reading.modality === 'possible')
      ? '13'
      : future && COOPERATION.test(reading.code)
        ? '03'
        : null
  if (!head) {
    return reading
  }
  const rule = table.heads.get(head)!
  const code = refinement(rule.refine, reading.code) ?? `${head}0`
  return { ...reading, code, modality: 'asserted' }
}

/** A killing or attack by aircraft, artillery or drones takes the means' code. */
export function instrument(table: PatternTable, tokens: readonly Token[], code: string): string {
  if (!/^(?:180|182|1823|190)$/.test(code)) {
    return code
  }
  for (const [means, words] of table.instruments) {
    if (tokens.some((t) => words.has(t.text))) {
      return means
    }
  }
  return code
}

export function headKey(table: PatternTable, code: string): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    if (table.heads.has(code.slice(0, n))) {
      return code.slice(0, n)
    }
  }
  return undefined
}

export function refinement(
  refine: Readonly<Record<string, string>>,
  code: string,
): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const hit = refine[code.slice(0, n)]
    if (hit) {
      return hit
    }
  }
  return undefined
}

/** A root's catch-all code ("020", "100", "112"), which a complement may make precise. */
export function isGeneric(code: string): boolean {
  return code.length === 3 && (code.endsWith('0') || code === '112')
}
