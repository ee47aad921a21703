import type { AliasEntry } from '../../kb/knowledge-base.ts'
import type { ActorAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { chooseCandidate } from './choose-candidate.ts'
import { latinForms, ministryName, nominatives } from './russian-names.ts'

/** Longest name, in words, that the matcher tries: "Касым-Жомарт Токаев". */
const MAX_NAME_WORDS = 3
const CYRILLIC_WORD = /[\p{Script=Cyrillic}][\p{Script=Cyrillic}-]*/gu
const MINISTRY =
  /(?<![\p{L}])(МИД|Минобороны|Министерств[оауе]м?\s+(?:иностранных\s+дел|обороны))\s+([\p{Lu}][\p{L}]+)/gu
/** Kinds of actor a Russian name is looked up for; countries have their own Russian names. */
const NAMED_KINDS = new Set(['person', 'institution', 'organization'])

/**
 * Finds knowledge-base actors named in Russian text, whose aliases are written in Latin
 * script: people by their inflected names (Пашиняну, Сергея Лаврова), the Kremlin, and
 * ministries by their Russian names ("МИД России"). Runs on Russian documents only.
 */
export class RussianNameExtractor implements Extractor {
  readonly name = 'actors/russian-names'

  extract(context: ExtractContext): ActorAnnotation[] {
    if (context.document.language !== 'ru') {
      return []
    }
    const { body } = context.document
    const out: ActorAnnotation[] = []
    for (const match of body.matchAll(MINISTRY)) {
      const english = ministryName(match[1]!.replace(/\s+/g, ' '), match[2]!)
      const entry = english ? this.#pick(context, context.kb.lookup(english), out) : null
      if (entry) {
        out.push(this.#mention(body, match.index, match.index + match[0].length, entry))
      }
    }
    const words = [...body.matchAll(CYRILLIC_WORD)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }))
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!
      if (
        !/^\p{Lu}/u.test(body[first.start]!) ||
        out.some((a) => a.start <= first.start && first.start < a.end)
      ) {
        continue
      }
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n > 0; n--) {
        const run = words.slice(i, i + n)
        if (!isNameRun(body, run)) {
          continue
        }
        const entry = this.#lookup(
          context,
          run.map((w) => body.slice(w.start, w.end)),
          out,
        )
        if (entry) {
          // A given name the KB spells otherwise still belongs to the surname it precedes.
          const given = n === 1 ? words[i - 1] : undefined
          const start =
            given &&
            /^ +$/.test(body.slice(given.end, first.start)) &&
            sameGivenName(context, entry.actor, body.slice(given.start, given.end))
              ? given.start
              : first.start
          out.push(this.#mention(body, start, run[n - 1]!.end, entry))
          i += n - 1
          break
        }
      }
    }
    return out.sort((a, b) => a.start - b.start)
  }

  /** The actor a run of inflected words names, trying every nominative and Latin spelling. */
  #lookup(context: ExtractContext, words: string[], earlier: ActorAnnotation[]): AliasEntry | null {
    let spellings = ['']
    for (const word of words) {
      const forms = nominatives(word).flatMap(latinForms)
      spellings = spellings.flatMap((s) => forms.map((f) => (s ? `${s} ${f}` : f)))
    }
    // "Алиева" may be Алиев in the genitive or Алиева herself: every reading is a candidate,
    // and the article's context chooses among them.
    const candidates = new Map<string, AliasEntry>()
    for (const spelling of spellings) {
      for (const candidate of context.kb.lookup(spelling)) {
        candidates.set(candidate.actor, candidates.get(candidate.actor) ?? candidate)
      }
    }
    return this.#pick(context, [...candidates.values()], earlier)
  }

  #pick(
    context: ExtractContext,
    candidates: readonly AliasEntry[],
    earlier: ActorAnnotation[],
  ): AliasEntry | null {
    const named = candidates.filter(
      (c) =>
        (c.kind === 'name' || c.kind === 'surname') &&
        NAMED_KINDS.has(context.kb.get(c.actor)?.kind ?? ''),
    )
    return chooseCandidate(context, named, earlier)
  }

  #mention(body: string, start: number, end: number, entry: AliasEntry): ActorAnnotation {
    return {
      kind: 'actor',
      start,
      end,
      text: body.slice(start, end),
      value: { actor: entry.actor, role: null, via: entry.kind === 'surname' ? 'surname' : 'name' },
      certainty: 'stated',
      tags: [`extractor/${this.name}`],
    }
  }
}

/** A Cyrillic given name whose spelling starts like the person's own: Джейхун, Dzheikhun. */
function sameGivenName(context: ExtractContext, actor: string, word: string): boolean {
  const entry = context.kb.get(actor)
  if (entry?.kind !== 'person' || !/^\p{Lu}/u.test(word)) {
    return false
  }
  const givens = [entry.name, ...entry.aliases]
    .filter((name) => name.includes(' '))
    .map((name) => name.slice(0, 3).toLowerCase())
  return nominatives(word)
    .flatMap(latinForms)
    .some((form) => givens.includes(form.slice(0, 3).toLowerCase()))
}

/** Capitalised words of at least three letters, separated by spaces on one line. */
function isNameRun(body: string, run: { start: number; end: number }[]): boolean {
  return run.every(
    (word, k) =>
      /^\p{Lu}/u.test(body[word.start]!) &&
      word.end - word.start >= 3 &&
      (k === 0 || /^ +$/.test(body.slice(run[k - 1]!.end, word.start))),
  )
}
