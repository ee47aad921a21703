import type { Annotation } from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'

/**
 * Keeps one actor mention per stretch of text: a resolved mention beats an unresolved one, then
 * the longer beats the shorter ("Azerbaijan's Ministry of Foreign Affairs" over "Azerbaijan").
 */
export class ActorOverlapRefiner implements Refiner {
  readonly name = 'actors/overlap-removal'

  refine(_context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const actors = annotations.filter((a) => a.kind === 'actor')
    const ranked = [...actors].sort((a, b) => rank(b) - rank(a))
    const kept: Annotation[] = []
    for (const candidate of ranked) {
      if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) {
        kept.push(candidate)
      }
    }
    return [...annotations.filter((a) => a.kind !== 'actor'), ...kept]
  }
}

function rank(annotation: Annotation): number {
  const resolved = annotation.kind === 'actor' && annotation.value.actor !== null ? 1000 : 0
  // On the same span, the office's holder beats an alias of the office's body.
  const role = annotation.kind === 'actor' && annotation.value.via === 'role' ? 0.5 : 0
  return resolved + (annotation.end - annotation.start) + role
}
