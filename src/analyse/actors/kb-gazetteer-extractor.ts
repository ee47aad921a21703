import type { ActorAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { cleanRole, ROLE_AFTER_NAME, ROLE_BEFORE_NAME } from './roles.ts'

/** Longest alias, in words, that the matcher tries. */
const MAX_ALIAS_WORDS = 8
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu
/** A capital names its government only when it acts: "Baku said", not "in Baku". */
const METONYM_VERB =
  /^\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|warned|warns|accused|accuses|responded|responds|rejected|rejects|denied|denies|insisted|insists|claimed|claims|urged|urges|called|calls|demanded|demands|announced|announces|condemned|condemns|welcomed|welcomes|hit back|replied|replies|stated|states|believes|wants|refused|refuses|is|was)\b/

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
      const named = candidates.find((c) => c.kind !== 'capital')
      const capital = candidates.find((c) => c.kind === 'capital')
      const chosen =
        named ?? (capital && METONYM_VERB.test(body.slice(end, end + 20)) ? capital : undefined)
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
    for (let last = Math.min(words.length - 1, from + MAX_ALIAS_WORDS - 1); last >= from; last--) {
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

/** The role written just before or after a person's name, if any. */
export function readRole(body: string, start: number, end: number): string | null {
  const before = ROLE_BEFORE_NAME.exec(body.slice(Math.max(0, start - 140), start))
  if (before?.[1]) {
    return cleanRole(before[1])
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

function startsWithThe(text: string, index: number): boolean {
  return text.startsWith('the ', index)
}
