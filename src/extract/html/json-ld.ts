import { textContent, walkElements, type ElementNode } from './light-dom.ts'

/** The fields of a schema.org article that extraction uses. */
export interface JsonLdArticle {
  headline: string | null
  articleBody: string | null
  datePublished: string | null
  author: string | null
  publisher: string | null
  url: string | null
  language: string | null
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|ReviewNewsArticle|BackgroundNewsArticle|Report|WebPage)$/

/**
 * Reads the first schema.org article from the page's JSON-LD blocks. Broken JSON is common in
 * the wild and is skipped, never fatal.
 */
export function readJsonLdArticle(root: ElementNode): JsonLdArticle | null {
  const candidates: Record<string, unknown>[] = []
  walkElements(root, (element) => {
    if (element.tag !== 'script') {
      return
    }
    try {
      collect(JSON.parse(textContent(element)) as unknown, candidates)
    } catch {
      // Not JSON: ignore this block.
    }
  })
  // Prefer a real article type over WebPage.
  const best = candidates.find((item) => typeName(item) !== 'WebPage') ?? candidates[0] ?? null
  if (!best) {
    return null
  }
  return {
    headline: asText(best.headline) ?? asText(best.name),
    articleBody: asText(best.articleBody),
    datePublished: asText(best.datePublished) ?? asText(best.dateCreated),
    author: personName(best.author),
    publisher: personName(best.publisher),
    url: asText(best.url) ?? idOf(best.mainEntityOfPage),
    language: asText(best.inLanguage),
  }
}

function collect(value: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      collect(item, out)
    }
    return
  }
  if (!isRecord(value)) {
    return
  }
  if (ARTICLE_TYPES.test(typeName(value))) {
    out.push(value)
  }
  if (value['@graph'] !== undefined) {
    collect(value['@graph'], out)
  }
}

function typeName(value: Record<string, unknown>): string {
  const type = value['@type']
  if (Array.isArray(type)) {
    const names = type.filter((t): t is string => typeof t === 'string')
    return names.find((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage') ?? names[0] ?? ''
  }
  return typeof type === 'string' ? type : ''
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asText(value: unknown): string | null {
  if (typeof value === 'string' && value.trim().length > 0) {
    return value.trim()
  }
  return null
}

function idOf(value: unknown): string | null {
  if (isRecord(value)) {
    return asText(value['@id']) ?? asText(value.url)
  }
  return asText(value)
}

function personName(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((name): name is string => name !== null)
    return names.length > 0 ? names.join(', ') : null
  }
  if (isRecord(value)) {
    return asText(value.name)
  }
  return asText(value)
}
