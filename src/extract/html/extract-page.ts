import { detectLanguage } from '../language.ts'
import { extractBodyBlocks } from './body-extractor.ts'
import { parseHtml } from './light-dom.ts'
import { readMetadata } from './metadata.ts'

/** What extraction reads from one HTML page. */
export interface ExtractedPage {
  title: string | null
  byline: string | null
  published: string | null
  canonicalUrl: string | null
  siteName: string | null
  language: string
  /** Clean text, paragraphs separated by a blank line. */
  body: string
  /** Where each field came from: `{ title: 'og:title', published: 'json-ld', … }`. */
  provenance: Record<string, string>
}

/** Options for {@link extractPage}. */
export interface ExtractPageOptions {
  url?: string | null
  /** The fetch time, for relative datelines ("2 hours ago"). */
  reference?: Date
}

/**
 * Extracts the article from an HTML page: body, title, byline, date, canonical URL, site name
 * and language, each with the source it was read from.
 *
 * @example
 * const page = extractPage(html, { url: 'https://example.org/news/1' })
 * page.body // 'First paragraph.\n\nSecond paragraph.'
 */
export function extractPage(html: string, options: ExtractPageOptions = {}): ExtractedPage {
  const root = parseHtml(html)
  const meta = readMetadata(root, options.url ?? null, options.reference)
  let body = extractBodyBlocks(root, meta.title?.value ?? null).join('\n\n')
  let bodySource = 'html'
  // Pages rendered by script often carry the full text only in JSON-LD.
  const ldBody = meta.jsonLd?.articleBody
  if (ldBody && ldBody.length > body.length * 1.5) {
    body = ldBody
      .replace(/\r\n?/g, '\n')
      .replace(/\n\s*\n+/g, '\n\n')
      .trim()
    bodySource = 'json-ld'
  }
  const provenance: Record<string, string> = { body: bodySource }
  for (const field of [
    'title',
    'byline',
    'published',
    'canonicalUrl',
    'siteName',
    'language',
  ] as const) {
    const value = meta[field]
    if (value) {
      provenance[field] = value.source
    }
  }
  const detected = detectLanguage(body)
  const language = detected !== 'und' ? detected : (meta.language?.value ?? 'und')
  provenance.language = detected !== 'und' ? 'text' : (meta.language?.source ?? 'none')
  return {
    title: meta.title?.value ?? null,
    byline: meta.byline?.value ?? null,
    published: meta.published?.value ?? null,
    canonicalUrl: meta.canonicalUrl?.value ?? null,
    siteName: meta.siteName?.value ?? null,
    language,
    body,
    provenance,
  }
}
