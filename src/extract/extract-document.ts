import { createHash } from 'node:crypto'
import { analyseArticle, type AnalysedArticle } from '../analyse/analyse-article.ts'
import type { RecordHead } from '../analyse/build-record.ts'
import { ExtractionError } from '../core/errors.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import { parseDateString } from './dates/parse-date.ts'
import { extractPage } from './html/extract-page.ts'
import { detectLanguage } from './language.ts'

/** One document to turn into a record: a page's HTML, or plain text. */
export interface InputDocument {
  id?: string
  url?: string | null
  /** Overrides the page's own date: `YYYY-MM-DD` or ISO 8601. */
  published?: string | null
  title?: string | null
  html?: string
  text?: string
}

/** Options for {@link extractDocument}. */
export interface ExtractDocumentOptions {
  kb: KnowledgeBase
  /** When the page was fetched, for "2 hours ago" datelines; defaults to the publication date. */
  fetchedAt?: Date
}

/**
 * Turns one input document into an analysed Article Record: extraction for HTML, then the
 * analysis pipeline. Throws an ExtractionError naming the problem when the document has no
 * usable text.
 *
 * @example
 * const { record } = extractDocument({ html, url }, { kb })
 */
export function extractDocument(
  input: InputDocument,
  options: ExtractDocumentOptions,
): AnalysedArticle {
  const head = input.html !== undefined ? headFromHtml(input, options) : headFromText(input)
  if (head.body.trim().length === 0) {
    throw new ExtractionError(`no article text found${input.url ? ` in ${input.url}` : ''}`, {
      code: 'empty_article',
    })
  }
  return analyseArticle(head, {
    kb: options.kb,
    ...(options.fetchedAt ? { reference: options.fetchedAt } : {}),
  })
}

function headFromHtml(input: InputDocument, options: ExtractDocumentOptions): RecordHead {
  const page = extractPage(input.html ?? '', {
    url: input.url ?? null,
    ...(options.fetchedAt ? { reference: options.fetchedAt } : {}),
  })
  const url = input.url ?? page.canonicalUrl
  return {
    id: input.id ?? articleId(page.canonicalUrl ?? url, page.body),
    url: url ?? null,
    canonicalUrl: page.canonicalUrl,
    source: { name: page.siteName, domain: domainOf(page.canonicalUrl ?? url) },
    title: input.title ?? page.title ?? firstLine(page.body),
    byline: page.byline,
    published: normalisePublished(input.published) ?? page.published,
    language: page.language,
    body: page.body,
  }
}

function headFromText(input: InputDocument): RecordHead {
  const body = (input.text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim()
  const url = input.url ?? null
  return {
    id: input.id ?? articleId(url, body),
    url,
    canonicalUrl: null,
    source: { name: null, domain: domainOf(url) },
    title: input.title ?? firstLine(body),
    byline: null,
    published: normalisePublished(input.published),
    language: detectLanguage(body),
    body,
  }
}

/** A stable id: the hash of the canonical URL when there is one, else of the text. */
export function articleId(url: string | null, body: string): string {
  return createHash('sha256')
    .update(url ?? body)
    .digest('hex')
    .slice(0, 16)
}

function normalisePublished(value: string | null | undefined): string | null {
  if (!value) {
    return null
  }
  const parsed = parseDateString(value)
  if (!parsed) {
    throw new ExtractionError(
      `published date "${value}" is not a date (use YYYY-MM-DD or ISO 8601)`,
      { code: 'invalid_date' },
    )
  }
  return parsed.dateTime ?? parsed.date
}

function domainOf(url: string | null): string | null {
  if (!url) {
    return null
  }
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}

function firstLine(body: string): string {
  const line = body.split('\n')[0] ?? ''
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}
