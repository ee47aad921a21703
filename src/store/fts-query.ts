import { ValidationError } from '../core/errors.ts'

/**
 * Turns what a user types into an FTS5 query: every word must match, "quoted phrases" stay
 * phrases, and FTS5 operators in the input are taken as plain words, so no input can make the
 * query fail to parse.
 *
 * @example
 * toFtsQuery('Pashinyan "CSTO summit"') // '"Pashinyan" AND "CSTO summit"'
 */
export function toFtsQuery(input: string): string {
  return queryParts(input)
    .map((words) => `"${words.join(' ')}"`)
    .join(' AND ')
}

/** The words of each term of a query: a quoted phrase is one term. Throws when there are none. */
function queryParts(input: string): string[][] {
  const parts: string[][] = []
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = (match[1] ?? match[2] ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
    if (words.length > 0) {
      parts.push(words)
    }
  }
  if (parts.length === 0) {
    throw new ValidationError(`search query ${JSON.stringify(input)} has no words to search for`, {
      code: 'invalid_query',
    })
  }
  return parts
}

/**
 * The same query for PostgreSQL's `to_tsquery`: words ANDed with `&`, phrases joined with
 * `<->`, every lexeme quoted so that no input can break the query.
 */
export function toTsQuery(input: string): string {
  return queryParts(input)
    .map((words) =>
      words.map((word) => `'${word.toLowerCase().replace(/'/g, "''")}'`).join(' <-> '),
    )
    .join(' & ')
}

/** Marks the FTS5 snippet function puts around hits: control characters never in text. */
export const HIT_OPEN = '\u0002'
export const HIT_CLOSE = '\u0003'

/** Splits an FTS5 snippet into plain and hit segments. */
export function snippetSegments(snippet: string): { text: string; hit: boolean }[] {
  const segments: { text: string; hit: boolean }[] = []
  // eslint-disable-next-line no-control-regex -- the marks are control characters on purpose
  for (const match of snippet.matchAll(/\u0002([^\u0003]*)\u0003|[^\u0002]+/g)) {
    if (match[1] !== undefined) {
      segments.push({ text: match[1], hit: true })
    } else if (match[0].length > 0) {
      // eslint-disable-next-line no-control-regex -- as above
      segments.push({ text: match[0].replace(/[\u0002\u0003]/g, ''), hit: false })
    }
  }
  return segments
}

/** Words a snippet shows around its first hit. */
const SNIPPET_WORDS = 24

function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/**
 * A snippet of `body` for `query` as the index would mark it: about {@link SNIPPET_WORDS} words
 * from just before the first word of the query, every query word between HIT_OPEN and HIT_CLOSE,
 * with "…" where the body goes on. Words match as the index folds them: case and diacritics
 * aside. Made here rather than by FTS5, whose snippet needs the whole match run again.
 */
export function markedSnippet(body: string, query: string): string {
  const wanted = new Set(queryParts(query).flat().map(foldWord))
  const words = [...body.matchAll(/[\p{L}\p{N}]+/gu)]
  const first = words.findIndex((word) => wanted.has(foldWord(word[0])))
  const start = Math.max(0, first - 4)
  const shown = words.slice(start, start + SNIPPET_WORDS)
  if (shown.length === 0) {
    return ''
  }
  let out = start > 0 ? '…' : ''
  let at = shown[0]!.index
  for (const word of shown) {
    out += body.slice(at, word.index)
    out += wanted.has(foldWord(word[0])) ? `${HIT_OPEN}${word[0]}${HIT_CLOSE}` : word[0]
    at = word.index + word[0].length
  }
  return start + SNIPPET_WORDS < words.length ? `${out}…` : out
}
