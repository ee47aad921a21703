/**
 * Choices the three templates share: which corpus articles a page links to, whether it carries
 * a lead photo, and the like. Every choice is derived from the corpus itself (hashes of slugs,
 * publication order), never from the clock or a random source, so rebuilds are byte-identical.
 */
import type { ArticleSource, Section } from './article-source.ts'

/** FNV-1a, 32 bits: a stable number for a string. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/**
 * Looks up each slug in the corpus, in the order given. Throws naming the article and the slug
 * when one is missing, so a page is never written with a dead related link.
 */
export function resolveSlugs(
  from: ArticleSource,
  slugs: readonly string[],
  all: readonly ArticleSource[],
): ArticleSource[] {
  return slugs.map((slug) => {
    const found = all.find((a) => a.slug === slug)
    if (!found) {
      throw new Error(`${from.slug}: links to "${slug}", which is not in the corpus`)
    }
    return found
  })
}

/**
 * Up to `count` other articles for a "most read" list: the outlet's own articles first, then the
 * rest of the corpus, each group in a stable order that differs from page to page.
 */
export function mostRead(
  article: ArticleSource,
  all: readonly ArticleSource[],
  count: number,
): ArticleSource[] {
  const rank = (a: ArticleSource): number => stableHash(`${article.slug}|${a.slug}`)
  const others = all.filter((a) => a.slug !== article.slug)
  const byRank = (a: ArticleSource, b: ArticleSource): number => rank(a) - rank(b)
  const own = others.filter((a) => a.outlet === article.outlet).sort(byRank)
  const rest = others.filter((a) => a.outlet !== article.outlet).sort(byRank)
  return [...own, ...rest].slice(0, count)
}

/** The same outlet's articles published just before and just after this one (by slug order). */
export function neighbours(
  article: ArticleSource,
  all: readonly ArticleSource[],
): { previous: ArticleSource | undefined; next: ArticleSource | undefined } {
  const own = all.filter((a) => a.outlet === article.outlet).sort(bySlug)
  const i = own.findIndex((a) => a.slug === article.slug)
  return { previous: i > 0 ? own[i - 1] : undefined, next: i >= 0 ? own[i + 1] : undefined }
}

/** Whether the page shows a lead photo: about two articles in three, chosen by slug. */
export function hasLeadImage(article: ArticleSource): boolean {
  return stableHash(article.slug) % 3 !== 0
}

const SECTION_PLACES: Readonly<Record<Section, string>> = {
  Georgia: 'Tbilisi',
  Armenia: 'Yerevan',
  Azerbaijan: 'Baku',
  'North Caucasus': 'North Caucasus',
  Region: 'South Caucasus',
  Opinion: 'South Caucasus',
}

/** A caption for the lead photo that claims nothing about the story: place and archive credit. */
export function imageCaption(article: ArticleSource, credit: string): string {
  return `${SECTION_PLACES[article.section]}. Illustrative photo: ${credit}`
}

/**
 * Index of the body block after which an inline box (the "Read also" link, an ad) goes: after the
 * `nth` paragraph when at least one more paragraph follows, else after the first, else -1.
 */
export function inlineSlotAfter(body: ArticleSource['body'], nth: number): number {
  const paragraphs = body.flatMap((b, i) => (typeof b === 'string' ? [i] : []))
  if (paragraphs.length < 2) {
    return -1
  }
  return paragraphs[Math.min(nth, paragraphs.length - 1) - 1] ?? -1
}

/** The first paragraph cut to `max` characters at a word boundary, for meta descriptions. */
export function summary(article: ArticleSource, max = 160): string {
  const first = article.body.find((b): b is string => typeof b === 'string') ?? article.title
  if (first.length <= max) {
    return first
  }
  const cut = first.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`
}

function bySlug(a: ArticleSource, b: ArticleSource): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
}

/** Up to `count` of the outlet's own articles published before this one, newest first. */
export function earlierFromOutlet(
  article: ArticleSource,
  all: readonly ArticleSource[],
  count: number,
): ArticleSource[] {
  return all
    .filter((a) => a.outlet === article.outlet && a.slug < article.slug)
    .sort(bySlug)
    .reverse()
    .slice(0, count)
}
