import type { AliasEntry } from '../../kb/knowledge-base.ts'
import type { ActorAnnotation } from '../annotation.ts'
import type { ExtractContext } from '../pipeline.ts'

/**
 * Picks the actor a name stands for among the KB's candidates: the one the article named most
 * recently ("Aliyev" after "Mehriban Aliyeva"… or after "Ilham Aliyev"), else the only one who
 * held a role on the article's date, else — for a plain name or alias — the first. A bare
 * surname that several people share and the article has not introduced stays unresolved.
 */
export function chooseCandidate(
  context: ExtractContext,
  candidates: readonly AliasEntry[],
  earlier: readonly ActorAnnotation[],
): AliasEntry | null {
  if (candidates.length === 0) {
    return null
  }
  if (candidates.length === 1 && candidates[0]!.kind !== 'surname') {
    return candidates[0]!
  }
  for (let i = earlier.length - 1; i >= 0; i--) {
    const found = candidates.find((c) => c.actor === earlier[i]!.value.actor)
    if (found) {
      return found
    }
  }
  const date = context.document.published
  const serving = candidates.filter((c) => context.kb.rolesOn(c.actor, date).length > 0)
  if (serving.length === 1) {
    return serving[0]!
  }
  const named = candidates.filter((c) => c.kind !== 'surname')
  if (named.length > 0) {
    return named[0]!
  }
  return candidates.length === 1 ? candidates[0]! : null
}
