import type { ActorAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { chooseCandidate } from './choose-candidate.ts'
import { cleanRole, ROLE_AFTER_NAME, ROLE_BEFORE_NAME } from './roles.ts'

/** Longest alias, in words, that the matcher tries. */
const MAX_ALIAS_WORDS = 8
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu
/** A capital names its government only when it acts: "Baku said", not "in Baku". */
const METONYM_VERB =
  /^,?\s+(?:(?:has|have|had|is|was|will|would|could|can|may|might|must|should|did|does|do|also|then|never|still|again|repeatedly|reportedly|now|already|not|officially|firmly|for its part,?)\s+){0,3}(?:said|says|say|warned|warns|accused|accuses|responded|responds|rejected|rejects|denied|denies|insisted|insists|claimed|claims|urged|urges|called|calls|demanded|demands|announced|announces|condemned|condemns|welcomed|welcomes|hit back|replied|replies|stated|states|believes|wants|refused|refuses|is|was|took|made|sent|gave|told|knows|know|asked|asks|linked|questioned|hopes|expects|regards|considers|begun|began|begins|kept|keeps|went|sought|seeks|won|lost|held|holds|became|[a-z]{3,}ed)\b/

/** "Yerevan's charge that …", "Moscow's warning": a capital's words are its government's. */
const METONYM_POSSESSIVE =
  /^['’]s\s+(?:(?:latest|earlier|new|own|official|formal)\s+)?(?:charges?|claims?|statements?|accusations?|allegations?|positions?|stance|response|reply|answer|proposals?|demands?|warnings?|offers?|refusal|decision|complaints?|protests?|objections?|calls?|requests?|condemnation|denials?|rejection|assessment|version|insistence|threats?|ultimatum)\b/u

/** "in Yerevan declined", "officials in Moscow, Baku and Yerevan have": places, not actors. */
const PLACE_BEFORE =
  /\b(?:in|at|to|from|near|outside|into|via)\s+(?:\p{Lu}[\p{L}-]+,?\s+)*(?:and\s+)?$/u

/**
 * A capital that stands for its government without a verb after it: the source of "according
 * to Yerevan", and the "officials" or "authorities in Baku" who speak for it.
 */
const METONYM_BEFORE = /(?:\baccording\s+to|\b(?:officials|authorities)\s+in)\s+$/iu

/**
 * Finds names of knowledge-base actors in the body: names, aliases ("N. Pashinyan"), demonyms
 * ("Armenian") and capitals used for governments ("Moscow warned"). Takes the longest match at
 * each position, and reads the role written next to a person's name.
 */
export class KbGazetteerExtractor implements Extractor {
  readonly name = 'actors/kb-gazetteer'

  extract(context: ExtractContext): ActorAnnotation[] {
    const { body } = context.document
    const words = [...body.matchAll(WORD)].map((m) => ({
      start: m.index,
      end: m.index + trimTrailingDot(m[0]).length,
    }))
    const out: ActorAnnotation[] = []
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!
      if (!isCapitalised(body, first.start) && !startsWithThe(body, first.start)) {
        continue
      }
      const match = this.#longestMatch(context, words, i)
      if (!match) {
        continue
      }
      const { end, lastWord } = match
      const text = body.slice(first.start, end)
      const candidates = context.kb.lookup(text)
      const named = chooseCandidate(
        context,
        candidates.filter((c) => c.kind !== 'capital'),
        out,
      )
      // "Brussels warned" is the EU's seat before Belgium's capital: organisations first.
      const capitals = candidates.filter((c) => c.kind === 'capital')
      const capital =
        capitals.find((c) => context.kb.get(c.actor)?.kind === 'organization') ?? capitals[0]
      const chosen =
        named ?? (capital && actsAsGovernment(body, first.start, end) ? capital : undefined)
      if (!chosen) {
        continue
      }
      const entry = context.kb.get(chosen.actor)
      out.push({
        kind: 'actor',
        start: first.start,
        end,
        text,
        value: {
          actor: chosen.actor,
          role: entry?.kind === 'person' ? readRole(body, first.start, end) : null,
          via: chosen.kind,
        },
        certainty: 'stated',
        tags: [`extractor/${this.name}`],
      })
      i = lastWord
    }
    return out
  }

  #longestMatch(
    context: ExtractContext,
    words: { start: number; end: number }[],
    from: number,
  ): { end: number; lastWord: number } | null {
    const { body } = context.document
    const start = words[from]!.start
    const firstWord = body.slice(start, words[from]!.end)
    const longest = Math.max(
      context.kb.maxWordsFrom(firstWord),
      context.kb.maxWordsFrom(firstWord.replace(/['’]s$/, '')),
    )
    if (longest === 0) {
      return null
    }
    const reach = Math.min(MAX_ALIAS_WORDS, longest)
    for (let last = Math.min(words.length - 1, from + reach - 1); last >= from; last--) {
      const end = words[last]!.end
      const text = body.slice(start, end)
      if (/\n\s*\n/.test(text)) {
        continue
      }
      if (context.kb.lookup(text).length > 0) {
        return { end, lastWord: last }
      }
      // "Azerbaijan's" names Azerbaijan: retry without the possessive.
      const bare = text.replace(/['’]s$/, '')
      if (bare !== text && context.kb.lookup(bare).length > 0) {
        return { end: start + bare.length, lastWord: last }
      }
    }
    return null
  }
}

/** Whether the capital named at [start, end) stands for its government there. */
function actsAsGovernment(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 48), start)
  if (METONYM_BEFORE.test(before)) {
    return true
  }
  const after = body.slice(end, end + 48)
  return (METONYM_VERB.test(after) || METONYM_POSSESSIVE.test(after)) && !PLACE_BEFORE.test(before)
}

/** The role written just before or after a person's name, if any. */
export function readRole(body: string, start: number, end: number): string | null {
  const before = ROLE_BEFORE_NAME.exec(body.slice(Math.max(0, start - 140), start))
  if (before?.[1]) {
    // "adviser to President Ilham Aliyev": the name's own role is the last one, "President".
    const tail = /\s(?:to|for|of)\s+(?:the\s+)?(.+)$/.exec(before[1])?.[1]
    return cleanRole(tail && ROLE_BEFORE_NAME.test(` ${tail}`) ? tail : before[1])
  }
  const after = ROLE_AFTER_NAME.exec(body.slice(end, end + 100))
  return after?.[1] ? cleanRole(after[1]) : null
}

function trimTrailingDot(word: string): string {
  // Keep the dot of an initial ("N."), drop a sentence's full stop.
  return word.length > 2 && word.endsWith('.') ? word.slice(0, -1) : word
}

function isCapitalised(text: string, index: number): boolean {
  const char = text[index] ?? ''
  return char !== char.toLowerCase()
}

/** Lower-case starts that names may have: "the Armenian side", "official Baku". */
function startsWithThe(text: string, index: number): boolean {
  return text.startsWith('the ', index) || text.startsWith('official ', index)
}
