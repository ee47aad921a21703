import { KNOWN_TITLES } from '../../kb/role-titles.ts'
import type { ActorAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'

const TITLE = new RegExp(
  `\\b(${KNOWN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]+')).join('|')})\\b`,
  'giu',
)
/** One or two capitalised words, optionally possessive, right before the title. */
const SCOPE_BEFORE =
  /(?:^|[^\p{L}’'])((?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?))\s+$/u
const SCOPE_AFTER = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})/u
/** A name follows: "… Prime Minister Nikol Pashinyan" — the gazetteer's role-plus-name case. */
const NAME_AFTER =
  /^(?:\s*,?\s+(?:\p{Lu}\.\s*)?\p{Lu}\p{Ll}|['’]s\s+(?:office|administration|press|spokes|staff|aides?|envoy))/u
const QUALIFIER =
  /(?:deputy|vice|first|acting|former|ex|interim|late|then|new|incoming|outgoing)[\s-]+$/i

/**
 * Resolves an office written without a name to the person who held it on the article's date:
 * "the Armenian Prime Minister", "Azerbaijan's foreign minister", "the Secretary General of the
 * CSTO", "the CSTO Secretary General". The scope (a country by name or demonym, or an
 * organisation) must be written; "the president" alone stays unresolved. Qualified offices
 * ("deputy", "former", "new") are left alone: the KB cannot say who is meant.
 */
export class RoleTitleExtractor implements Extractor {
  readonly name = 'actors/role-title'

  extract(context: ExtractContext): ActorAnnotation[] {
    const { body, published } = context.document
    const out: ActorAnnotation[] = []
    for (const match of body.matchAll(TITLE)) {
      const title = match[1]!
      let start = match.index
      let end = start + title.length
      if (
        (title.toLowerCase() === 'pm' && title !== 'PM') ||
        QUALIFIER.test(body.slice(start - 12, start))
      ) {
        continue
      }
      const sliceStart = Math.max(0, start - 50)
      const slice = body.slice(sliceStart, start)
      const before = SCOPE_BEFORE.exec(slice)
      const after = SCOPE_AFTER.exec(body.slice(end, end + 60))
      let scope: string | null = null
      if (before) {
        const words = before[2]!.replace(/^The\s+/, '')
        scope = scopeOf(context, words)
        if (scope) {
          start = sliceStart + slice.lastIndexOf(words)
        }
      }
      if (!scope && after) {
        scope = scopeOf(context, after[1]!)
        end += after[0].length
      }
      if (
        !scope ||
        NAME_AFTER.test(body.slice(end, end + 40)) ||
        QUALIFIER.test(body.slice(Math.max(0, start - 12), start))
      ) {
        continue
      }
      const holder = context.kb.holderOf(scope, title, published)
      if (!holder) {
        continue
      }
      const text = body.slice(start, end)
      out.push({
        kind: 'actor',
        start,
        end,
        text,
        value: { actor: holder, role: text.replace(/\s+/g, ' '), via: 'role' },
        certainty: 'inferred',
        tags: [`extractor/${this.name}`],
      })
    }
    return out
  }
}

/** The country or organisation a word names: "Armenian", "Armenia's", "CSTO". */
function scopeOf(context: ExtractContext, words: string): string | null {
  const bare = words.replace(/['’]s$/, '')
  const candidates = [bare, bare.split(/\s+/).pop() ?? bare]
  for (const candidate of candidates) {
    for (const alias of context.kb.lookup(candidate)) {
      const entry = context.kb.get(alias.actor)
      if (entry?.kind === 'country' || entry?.kind === 'organization') {
        return entry.id
      }
    }
  }
  return null
}
