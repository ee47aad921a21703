import type { ActorAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { readRole } from './kb-gazetteer-extractor.ts'
import { ROLE_AFTER_NAME, ROLE_BEFORE_NAME } from './roles.ts'

const NAME =
  /(?:\p{Lu}\.\s?|\p{Lu}[\p{Ll}’'-]+\s+)(?:(?:\p{Lu}\.\s?|\p{Lu}[\p{Ll}’'-]+)\s+)*\p{Lu}[\p{Ll}’'-]+/gu

/** A body, not a person: "the secretary of the Security Council". */
const BODY_WORD =
  /\b(?:Council|Ministry|Committee|Assembly|Service|Office|Commission|Parliament|Government|Court|Agency|Party|Organi[sz]ation|Union|Forces|Army|Bank|Fund|Group|Alliance|Department|Administration|Cabinet|Duma|Majlis|Mission|Embassy|Staff)\b/

/** The demonym or country written just before a role: "the Belorussian official" → BLR. */
function statedCountry(
  context: ExtractContext,
  before: string,
  role: string,
): { word: string; country: string } | null {
  const at = before.toLowerCase().lastIndexOf(role.toLowerCase())
  const words = /(\p{Lu}[\p{L}’'-]+?)(['’]s)?\s+$/u.exec(before.slice(0, Math.max(0, at)))
  if (!words?.[1]) {
    return null
  }
  const country = countryOf(context, words[1])
  return country ? { word: words[0].trim(), country } : null
}

/** The country a word names by name or demonym ("Belorussian" → BLR), else null. */
function countryOf(context: ExtractContext, word: string): string | null {
  const entry = word ? context.kb.lookup(word).map((a) => context.kb.get(a.actor))[0] : undefined
  return entry?.kind === 'country' ? entry.id : null
}

/**
 * Finds people the knowledge base does not know, by the role written before their name:
 * "the Belorussian official Stanislav Zas" is a provisional person with the stated role and the country of the demonym (BLR).
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
      // "Giorgi Kalandarishvili, chairman of the Central Election Commission," counts too.
      const introduced =
        ROLE_BEFORE_NAME.test(before) || ROLE_AFTER_NAME.test(body.slice(end, end + 100))
      if (!introduced || context.kb.lookup(match[0]).length > 0 || BODY_WORD.test(match[0])) {
        continue
      }
      const role = readRole(body, start, end)
      const stated = role ? statedCountry(context, before, role) : null
      // "…, Georgia’s ambassador to Bulgaria,": the country opens the role itself.
      const opening = role ? countryOf(context, /^(\p{Lu}[\p{L}-]+)/u.exec(role)?.[1] ?? '') : null
      out.push({
        kind: 'actor',
        start,
        end,
        text: match[0],
        value: {
          actor: null,
          role: stated ? `${stated.word} ${role}` : role,
          country: stated?.country ?? opening,
        },
        certainty: 'stated',
        tags: [`extractor/${this.name}`],
      })
    }
    return out
  }
}
