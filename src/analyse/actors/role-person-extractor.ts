import type { ActorAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { readRole } from './kb-gazetteer-extractor.ts'
import { ROLE_BEFORE_NAME } from './roles.ts'

const NAME =
  /(?:\p{Lu}\.\s?|\p{Lu}[\p{Ll}’'-]+\s+)(?:(?:\p{Lu}\.\s?|\p{Lu}[\p{Ll}’'-]+)\s+)*\p{Lu}[\p{Ll}’'-]+/gu

/**
 * Finds people the knowledge base does not know, by the role written before their name:
 * "the Belorussian official Stanislav Zas" is not enough, "Secretary General Stanislav Zas" is.
 * The refiners link them to a local actor and resolve later surname-only mentions.
 */
export class RolePersonExtractor implements Extractor {
  readonly name = 'actors/role-person'

  extract(context: ExtractContext): ActorAnnotation[] {
    const { body } = context.document
    const out: ActorAnnotation[] = []
    for (const match of body.matchAll(NAME)) {
      const start = match.index
      const end = start + match[0].length
      const before = body.slice(Math.max(0, start - 140), start)
      if (!ROLE_BEFORE_NAME.test(before) || context.kb.lookup(match[0]).length > 0) {
        continue
      }
      out.push({
        kind: 'actor',
        start,
        end,
        text: match[0],
        value: { actor: null, role: readRole(body, start, end) },
        certainty: 'stated',
        tags: [`extractor/${this.name}`],
      })
    }
    return out
  }
}
