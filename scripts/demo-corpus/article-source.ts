/**
 * The article source format of `corpus/demo/articles/<slug>.json` (docs/demo-corpus.md) and a
 * loader that validates each file, reporting every problem it finds with the file's name.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  checkBody,
  checkPublished,
  checkSlugList,
  checkSlugRef,
  checkTextList,
  describe,
  isOneOf,
  isRecord,
  isText,
  SLUG_PATTERN,
} from './article-checks.ts'

/** Outlet ids, one template each. */
export const OUTLET_IDS = ['scm', 'kura', 'bsd', 'kvs', 'tbl'] as const
/** An outlet id. */
export type OutletId = (typeof OUTLET_IDS)[number]

/**
 * Site sections an article may be filed under. The ids are English for every outlet; a template
 * shows them in its own language (kvs: «Армения» for `Armenia`).
 */
export const SECTIONS = [
  'Georgia',
  'Armenia',
  'Azerbaijan',
  'North Caucasus',
  'Region',
  'Opinion',
] as const
/** A site section. */
export type Section = (typeof SECTIONS)[number]

/** A subheading block inside the body. */
export interface HeadingBlock {
  readonly h: string
}
/** One body block: a paragraph as plain text, or a subheading. */
export type BodyBlock = string | HeadingBlock

/** One authored article, exactly as stored in `articles/<slug>.json`. */
export interface ArticleSource {
  /** `<outlet>-<yyyy>-<mm>-<dd>-<words>`, equal to the file name. */
  readonly slug: string
  readonly outlet: OutletId
  readonly title: string
  /** Staff name, or null when the outlet prints none. */
  readonly byline: string | null
  /** ISO 8601 with the outlet's local offset, e.g. `2019-11-29T14:05:00+04:00`. */
  readonly published: string
  readonly section: Section
  readonly tags: readonly string[]
  readonly body: readonly BodyBlock[]
  /** Slugs of other corpus articles, shown as related headlines. */
  readonly seeAlso: readonly string[]
  /** Slug of another corpus article for the inline "Read also" box. */
  readonly readAlso?: string
  /** What was checked and where; never rendered. */
  readonly facts: readonly string[]
}

/** Thrown when an article file cannot be read or does not match the format. */
export class ArticleSourceError extends Error {
  override readonly name = 'ArticleSourceError'

  /**
   * @param file the file as it should be shown to the user
   * @param problems one line per problem found
   */
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    options?: ErrorOptions,
  ) {
    const detail =
      problems.length === 1
        ? ` ${problems[0] ?? ''}`
        : ` ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`
    super(`${file}:${detail}`, options)
  }
}

const FIELDS = new Set([
  'slug',
  'outlet',
  'title',
  'byline',
  'published',
  'section',
  'tags',
  'body',
  'seeAlso',
  'readAlso',
  'facts',
])

/**
 * Reads and validates one article file. The error names the file and lists every problem.
 *
 * @param path path to read
 * @param shownAs how to name the file in errors (defaults to `path`)
 */
export async function loadArticleFile(path: string, shownAs = path): Promise<ArticleSource> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e: unknown) {
    throw new ArticleSourceError(shownAs, [`cannot read file: ${getMessage(e)}`], { cause: e })
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e: unknown) {
    throw new ArticleSourceError(shownAs, [`invalid JSON: ${jsonErrorAt(text, e)}`], { cause: e })
  }
  return parseArticleSource(raw, shownAs)
}

/**
 * Checks a parsed JSON value against the article format and returns it typed. The slug must
 * equal the file's base name when `file` ends in `.json`.
 */
export function parseArticleSource(raw: unknown, file: string): ArticleSource {
  if (!isRecord(raw)) {
    throw new ArticleSourceError(file, [`expected a JSON object, got ${describe(raw)}`])
  }
  const problems: string[] = []
  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key)) {
      problems.push(`unknown field "${key}"`)
    }
  }
  const slug = raw.slug
  const slugMatch = typeof slug === 'string' ? SLUG_PATTERN.exec(slug) : null
  if (!slugMatch) {
    problems.push(`slug: expected <outlet>-<yyyy>-<mm>-<dd>-<words>, got ${describe(slug)}`)
  } else if (file.endsWith('.json') && basename(file, '.json') !== slug) {
    problems.push(`slug: "${String(slug)}" does not match the file name`)
  }
  const outlet = raw.outlet
  if (!isOneOf(outlet, OUTLET_IDS)) {
    problems.push(`outlet: expected one of ${OUTLET_IDS.join(', ')}, got ${describe(outlet)}`)
  } else if (slugMatch && slugMatch[1] !== outlet) {
    problems.push(`outlet: "${outlet}" does not match the slug's prefix "${slugMatch[1] ?? ''}"`)
  }
  if (!isText(raw.title)) {
    problems.push(`title: expected text, got ${describe(raw.title)}`)
  }
  if (!(raw.byline === null || isText(raw.byline))) {
    problems.push(`byline: expected text or null, got ${describe(raw.byline)}`)
  }
  problems.push(...checkPublished(raw.published, slugMatch))
  if (!isOneOf(raw.section, SECTIONS)) {
    problems.push(`section: expected one of ${SECTIONS.join(', ')}, got ${describe(raw.section)}`)
  }
  problems.push(...checkTextList('tags', raw.tags))
  problems.push(...checkBody(raw.body))
  problems.push(...checkSlugList('seeAlso', raw.seeAlso, slug))
  if ('readAlso' in raw) {
    problems.push(...checkSlugRef('readAlso', raw.readAlso, slug))
  }
  problems.push(...checkTextList('facts', raw.facts))
  if (problems.length > 0) {
    throw new ArticleSourceError(file, problems)
  }
  // Every field was checked above; the cast only restates what the checks proved.
  return raw as unknown as ArticleSource
}

/**
 * Lists the `seeAlso` and `readAlso` slugs of `article` that name no article in `known`.
 * An empty list means every link resolves.
 */
export function findBrokenReferences(article: ArticleSource, known: ReadonlySet<string>): string[] {
  const refs = [
    ...article.seeAlso.map((s) => ['seeAlso', s] as const),
    ...(article.readAlso === undefined ? [] : [['readAlso', article.readAlso] as const]),
  ]
  return refs
    .filter(([, s]) => !known.has(s))
    .map(([field, s]) => `${field}: no valid article with slug "${s}" in the corpus`)
}

function getMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** JSON.parse's message with the line and column added, when it gives a position. */
function jsonErrorAt(text: string, e: unknown): string {
  const message = getMessage(e)
  const position = /at position (\d+)/.exec(message)?.[1]
  if (position === undefined || /line \d+/.test(message)) {
    return message
  }
  const before = text.slice(0, Number(position)).split('\n')
  return `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`
}
