import type { Annotation } from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'
import { NEGATIVE_CONTEXTS } from './negative-contexts.ts'

/**
 * Drops actor mentions whose context shows they do not name the actor: "Georgia" the US state,
 * "the Armenian diaspora" (people, not the state), "Heydar Aliyev Avenue" or the "Aliyev Prize"
 * (things named after a person), a name inside a quoted title (the film “Aliyev’s Baku”).
 * Mentions of another person who shares a surname ("Heydar Aliyev" when the KB knows only
 * "Aliyev" = Ilham) are cut loose so that they become provisional people of their own.
 */
export class ContextFilterRefiner implements Refiner {
  readonly name = 'actors/context-filter'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const { body } = context.document
    const titles = quotedTitles(body)
    const out: Annotation[] = []
    for (const a of annotations) {
      if (a.kind !== 'actor' || a.value.actor === null) {
        out.push(a)
        continue
      }
      const entry = context.kb.get(a.value.actor)
      const before = body.slice(Math.max(0, a.start - 60), a.start)
      const after = body.slice(a.end, a.end + 60)
      const dropped = NEGATIVE_CONTEXTS.find((rule) =>
        rule.applies({ mention: a, entry, before, after, body }),
      )
      if (dropped || titles.some((t) => a.start >= t.start && a.end <= t.end)) {
        context.debug(() => `${this.name}: drop "${a.text}" (${dropped?.name ?? 'title'})`)
        continue
      }
      const given = entry?.kind === 'person' && !a.text.includes(' ') ? givenName(before) : null
      const sameGiven =
        given !== null &&
        entry !== undefined &&
        [entry.name, ...entry.aliases].some((n) => n.startsWith(given.slice(0, 3)))
      if (given && sameGiven) {
        // "Sooronbai Jeenbekov" for the KB's "Sooronbay Jeenbekov": one name, one mention.
        const start = a.start - given.length - 1
        out.push({
          ...a,
          start,
          text: body.slice(start, a.end),
          tags: [...a.tags, `refiner/${this.name}`],
        })
        continue
      }
      if (given && entry && context.kb.lookup(given).length === 0) {
        // "Heydar Aliyev": a different Aliyev. Leave it to the provisional-person refiner.
        out.push({
          ...a,
          start: a.start - given.length - 1,
          text: body.slice(a.start - given.length - 1, a.end),
          value: { actor: null, role: null },
          certainty: 'stated',
          tags: [...a.tags, `refiner/${this.name}`],
        })
        continue
      }
      out.push(a)
    }
    return out
  }
}

/** A capitalised given name right before a surname ("Heydar " before "Aliyev"), else null. */
function givenName(before: string): string | null {
  const match = /(?:^|[\s(])(\p{Lu}\p{Ll}{2,}) $/u.exec(before)
  const word = match?.[1]
  // A Russian sentence often opens with a capitalised noun before a name: "Кандидатуру Зася".
  const opensRussianSentence =
    word !== undefined && /\p{Script=Cyrillic}/u.test(word) && /(?:^|[.!?]\s+)\S+ $/u.test(before)
  if (!word || NOT_GIVEN.has(word) || opensRussianSentence) {
    return null
  }
  // Function words, role nouns, weekdays and months are not given names (NOT_GIVEN).
  return word
}

/** Capitalised words that come before a surname without being a given name. */
const NOT_GIVEN = new Set(
  `President Minister Premier Speaker Chairman Spokesperson Spokesman Secretary General Ambassador
Mr Mrs Ms Dr The Mayor Governor Commander Leader Envoy Deputy Colonel Lieutenant Major Sheikh Emir
King Prince Prosecutor Senator Chancellor Director Chief Head Judge Patriarch Catholicos Pope
Lawmaker Adviser Advisor Aide Foreign Defence Defense Prime State Acting Former First When While
After Before Both Neither But And Yet Then Also Said Told Asked Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October
November December Since Until During Under With From Against Meanwhile However Earlier Later
Today Yesterday Tomorrow Kremlin Opposition Parliament Government Ministry Army Police Court Party`.split(
    /\s+/,
  ),
)

const TITLE_NOUN =
  /\b(?:book|film|documentary|report|article|song|play|novel|exhibition|programme|program|series|show|poem|titled|entitled|headlined|called|op-ed|column|headline)\s*,?\s*$/i

/** Spans inside quotation marks that a title noun introduces: the film “Aliyev’s Baku”. */
function quotedTitles(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const m of body.matchAll(/[“"«]([^”"»\n]{1,100})[”"»]/g)) {
    if (TITLE_NOUN.test(body.slice(Math.max(0, m.index - 40), m.index))) {
      out.push({ start: m.index, end: m.index + m[0].length })
    }
  }
  return out
}
