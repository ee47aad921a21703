import { INSTITUTION_NOUNS } from '../../kb/generated-aliases.ts'
import { ofKind, type ActorAnnotation, type Annotation } from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'
import { spanAt } from '../text.ts'

/** Capitalised institution nouns that name a body without saying whose. */
const BARE_TYPES: readonly [string, RegExp][] = Object.entries(INSTITUTION_NOUNS)
  .map(([type, nouns]): [string, string[]] => [type, nouns.filter((n) => /^[A-Z][a-z]/.test(n))])
  .filter(([, nouns]) => nouns.length > 0)
  .map(([type, nouns]) => [type, new RegExp(`\\b(?:${nouns.join('|')})\\b`, 'g')])

const OF_COUNTRY = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u
const UN_CONTEXT = /\b(?:UN|U\.N\.|United Nations)\b/

/**
 * Resolves a bare "Security Council", "Foreign Ministry" or "Ministry of Defence" by context: the
 * institution of that kind of the country the article was last speaking of (in this paragraph
 * or the one before) — "Armenia's Security Council met … the Security Council said" — else of
 * the country most of the article's mentions before it belong to. A bare
 * "Security Council" with no national context is the UN's only when the article speaks of the
 * UN; otherwise it stays unresolved rather than guessed.
 */
export class BareInstitutionRefiner implements Refiner {
  readonly name = 'actors/bare-institution'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const { body } = context.document
    const actors = ofKind(annotations, 'actor')
    const added: ActorAnnotation[] = []
    for (const [type, pattern] of BARE_TYPES) {
      for (const match of body.matchAll(pattern)) {
        const start = match.index
        const end = start + match[0].length
        if (actors.some((a) => start < a.end && a.start < end)) {
          continue
        }
        const of = OF_COUNTRY.exec(body.slice(end, end + 40))
        if (of) {
          // "the Security Council of Belarus": that country's, or nothing when the KB lacks it.
          const country = context.kb.lookup(of[1]!).find((a) => a.kind === 'name')?.actor
          const id = country ? `${country}-${type}` : ''
          if (context.kb.get(id)) {
            added.push(this.#mention(match[0], start, end, id))
          }
          continue
        }
        const actor =
          this.#national(context, actors, start, type) ??
          this.#dominant(context, actors, start, type) ??
          (type === 'SC' && UN_CONTEXT.test(body) ? 'UNSC' : null)
        if (actor) {
          added.push(this.#mention(match[0], start, end, actor))
        }
      }
    }
    return added.length > 0 ? [...annotations, ...added] : [...annotations]
  }

  #mention(text: string, start: number, end: number, actor: string): ActorAnnotation {
    return {
      kind: 'actor',
      start,
      end,
      text,
      value: { actor, role: null },
      certainty: 'inferred',
      tags: [`refiner/${this.name}`],
    }
  }

  #national(
    context: ExtractContext,
    actors: readonly ActorAnnotation[],
    offset: number,
    type: string,
  ): string | null {
    const paragraph = spanAt(context.paragraphs, offset)
    const index = paragraph ? context.paragraphs.indexOf(paragraph) : 0
    const from = context.paragraphs[Math.max(0, index - 1)]?.start ?? 0
    for (let i = actors.length - 1; i >= 0; i--) {
      const mention = actors[i]!
      if (mention.end > offset || mention.start < from) {
        continue
      }
      const country = countryOf(context, mention)
      if (country && context.kb.get(`${country}-${type}`)) {
        return `${country}-${type}`
      }
    }
    return null
  }

  /**
   * The institution of the country most of the article's mentions before `offset` belong to
   * (more than half of those with a country, and at least two): "The Interior Ministry said"
   * after a heading, in a story about Georgia's president and prime minister. A story shared
   * between two countries has no such country, and the mention stays unresolved.
   */
  #dominant(
    context: ExtractContext,
    actors: readonly ActorAnnotation[],
    offset: number,
    type: string,
  ): string | null {
    const counts = new Map<string, number>()
    let total = 0
    for (const mention of actors) {
      const country = mention.end <= offset ? countryOf(context, mention) : undefined
      if (country) {
        counts.set(country, (counts.get(country) ?? 0) + 1)
        total++
      }
    }
    for (const [country, count] of counts) {
      if (count >= 2 && count * 2 > total && context.kb.get(`${country}-${type}`)) {
        return `${country}-${type}`
      }
    }
    return null
  }
}

/** The country a mention's actor is, or belongs to. */
function countryOf(context: ExtractContext, mention: ActorAnnotation): string | undefined {
  const entry = context.kb.get(mention.value.actor ?? '')
  return (entry?.kind === 'country' ? entry.id : entry?.country) ?? undefined
}
