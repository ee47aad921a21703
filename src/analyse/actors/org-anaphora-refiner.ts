import { ofKind, type ActorAnnotation, type Annotation } from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'
import { spanAt } from '../text.ts'

/** Common nouns that stand for an organisation named earlier. */
const ANAPHOR = /\bthe\s+(?:bloc|alliance|organi[sz]ation|grouping)\b/gi

/**
 * Resolves "the bloc", "the alliance", "the organisation" to the organisation the article was
 * last speaking of (in this paragraph or the two before): in a CSTO story "the alliance" is the
 * CSTO, not NATO (whose pack alias "the Alliance" would otherwise win). A body of an
 * organisation (the CSTO's Collective Security Council) stands for its parent. With no
 * organisation in reach, a mention the gazetteer made is kept as it is.
 */
export class OrgAnaphoraRefiner implements Refiner {
  readonly name = 'actors/org-anaphora'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const { body } = context.document
    const actors = ofKind(annotations, 'actor')
    const replaced = new Set<Annotation>()
    const added: ActorAnnotation[] = []
    for (const match of body.matchAll(ANAPHOR)) {
      const start = match.index
      const end = start + match[0].length
      const overlapping = actors.filter((a) => start < a.end && a.start < end)
      if (overlapping.some((a) => a.start < start || a.end > end)) {
        continue // part of a longer name
      }
      const alliance = /alliance|bloc/i.test(match[0])
      const org = this.#lastOrganisation(context, actors, start, alliance)
      if (!org) {
        continue
      }
      overlapping.forEach((a) => replaced.add(a))
      added.push({
        kind: 'actor',
        start,
        end,
        text: match[0],
        value: { actor: org, role: null },
        certainty: 'inferred',
        tags: [`refiner/${this.name}`],
      })
    }
    if (added.length === 0) {
      return [...annotations]
    }
    return [...annotations.filter((a) => !replaced.has(a)), ...added]
  }

  #lastOrganisation(
    context: ExtractContext,
    actors: readonly ActorAnnotation[],
    offset: number,
    alliance: boolean,
  ): string | null {
    const paragraph = spanAt(context.paragraphs, offset)
    const index = paragraph ? context.paragraphs.indexOf(paragraph) : 0
    const from = context.paragraphs[Math.max(0, index - 2)]?.start ?? 0
    for (let i = actors.length - 1; i >= 0; i--) {
      const mention = actors[i]!
      if (mention.end > offset || mention.start < from || ANAPHOR_TEXT.test(mention.text)) {
        continue
      }
      const entry = context.kb.get(mention.value.actor ?? '')
      const org =
        entry?.kind === 'organization' ? context.kb.get(entry.parent ?? entry.id) : undefined
      // Only an alliance or a union is "the alliance" or "the bloc" (its pack names say so:
      // NATO, the CSTO, the EU, the CIS), not the OSCE.
      if (org && (!alliance || [org.name, ...org.aliases].some((n) => BLOC_NAME.test(n)))) {
        return org.id
      }
    }
    return null
  }
}

const BLOC_NAME = /alliance|treaty|union|commonwealth|bloc|economic/i
const ANAPHOR_TEXT = /^the\s+(?:bloc|alliance|organi[sz]ation|grouping)$/i
