import { parseDateString } from '../dates/parse-date.ts'
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts'
import { normalizeSpace, textContent, walkElements, type ElementNode } from './light-dom.ts'

/** A value read from the page, with where it came from ("json-ld", "og:title", …). */
export interface Sourced<T> {
  value: T
  source: string
}

/** Everything about an article page except its body. */
export interface PageMetadata {
  title: Sourced<string> | null
  byline: Sourced<string> | null
  published: Sourced<string> | null
  canonicalUrl: Sourced<string> | null
  siteName: Sourced<string> | null
  language: Sourced<string> | null
  jsonLd: JsonLdArticle | null
}

interface PageFacts {
  meta: Map<string, string>
  links: Map<string, string>
  htmlLang: string | null
  titleTag: string | null
  h1: string | null
  timeDatetime: string | null
  bylineText: string | null
  datelineText: string | null
}

const BYLINE_MARKER = /(^|[\s_-])(byline|author|article-author|writer|by-line)($|[\s_-])/i
/** Comment forms and author boxes of other posts carry "author" classes too. */
const NOT_BYLINE = /comment|reply|form|widget|related|sidebar/i
const NOT_BYLINE_TAGS = new Set(['label', 'input', 'form', 'textarea', 'meta', 'link'])
const DATELINE_MARKER =
  /(^|[\s_-])(date|dateline|time|published|pubdate|timestamp|meta-date|post-date)($|[\s_-])/i

/**
 * Reads title, byline, date, canonical URL, site name and language. Each field takes the most
 * reliable source present, in the order written below: structured data first (JSON-LD, then
 * OpenGraph and `article:` meta), then markup (`<time>`, bylines, `<h1>`, `<title>`), then the
 * visible text and the URL path.
 */
export function readMetadata(
  root: ElementNode,
  url: string | null,
  reference?: Date,
): PageMetadata {
  const facts = gatherFacts(root)
  const jsonLd = readJsonLdArticle(root)
  const meta = (key: string): string | null => facts.meta.get(key) ?? null
  const siteName = first([
    [meta('og:site_name'), 'og:site_name'],
    [jsonLd?.publisher ?? null, 'json-ld'],
    [meta('application-name'), 'application-name'],
    [titleSuffix(facts.titleTag), 'title-suffix'],
  ])
  const title = readTitle(facts, jsonLd, siteName?.value ?? null)
  const bylineCandidate = first([
    [jsonLd?.author ?? null, 'json-ld'],
    [notUrl(meta('author')), 'meta:author'],
    [notUrl(meta('article:author')), 'article:author'],
    [notUrl(meta('parsely-author')), 'parsely-author'],
    [cleanByline(facts.bylineText), 'byline-element'],
  ])
  // Some sites name themselves as the author in JSON-LD: that is not a byline.
  const publisherNames = [siteName?.value, jsonLd?.publisher]
    .filter(Boolean)
    .map((n) => n?.toLowerCase())
  const structured =
    bylineCandidate && !publisherNames.includes(bylineCandidate.value.toLowerCase())
      ? bylineCandidate
      : null
  // Metadata often names only the first author; the printed byline names them all.
  const printed = cleanByline(facts.bylineText)
  const byline =
    structured &&
    printed &&
    printed.length > structured.value.length &&
    printed.includes(structured.value)
      ? { value: printed, source: 'byline-element' }
      : structured
  const published = readPublished(facts, jsonLd, url, reference)
  const canonicalUrl = first([
    [facts.links.get('canonical') ?? null, 'link:canonical'],
    [meta('og:url'), 'og:url'],
    [jsonLd?.url ?? null, 'json-ld'],
  ])
  const language = first([
    [facts.htmlLang, 'html:lang'],
    [meta('og:locale'), 'og:locale'],
    [meta('content-language'), 'content-language'],
    [jsonLd?.language ?? null, 'json-ld'],
  ])
  return {
    title,
    byline,
    published,
    canonicalUrl: canonicalUrl
      ? { ...canonicalUrl, value: absolute(canonicalUrl.value, url) }
      : null,
    siteName,
    language: language ? { ...language, value: language.value.slice(0, 2).toLowerCase() } : null,
    jsonLd,
  }
}

function gatherFacts(root: ElementNode): PageFacts {
  const facts: PageFacts = {
    meta: new Map(),
    links: new Map(),
    htmlLang: null,
    titleTag: null,
    h1: null,
    timeDatetime: null,
    bylineText: null,
    datelineText: null,
  }
  walkElements(root, (element) => {
    const { tag, attrs } = element
    if (tag === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs['http-equiv'] ?? '').toLowerCase()
      if (key && attrs.content && !facts.meta.has(key)) {
        facts.meta.set(key, attrs.content.trim())
      }
    } else if (tag === 'link' && attrs.rel && attrs.href) {
      facts.links.set(attrs.rel.toLowerCase(), attrs.href)
    } else if (tag === 'html' && attrs.lang) {
      facts.htmlLang = attrs.lang
    } else if (tag === 'title' && facts.titleTag === null) {
      facts.titleTag = normalizeSpace(textContent(element))
    } else if (tag === 'h1' && facts.h1 === null) {
      facts.h1 = normalizeSpace(textContent(element)) || null
    } else if (tag === 'time' && facts.timeDatetime === null && attrs.datetime) {
      facts.timeDatetime = attrs.datetime
    } else {
      const marker = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.rel ?? ''} ${attrs.itemprop ?? ''}`
      if (
        facts.bylineText === null &&
        BYLINE_MARKER.test(marker) &&
        !NOT_BYLINE.test(marker) &&
        !NOT_BYLINE_TAGS.has(tag)
      ) {
        const text = normalizeSpace(textContent(element))
        facts.bylineText = text.length > 0 && text.length < 120 ? text : null
      }
      if (facts.datelineText === null && DATELINE_MARKER.test(marker)) {
        const text = normalizeSpace(textContent(element))
        facts.datelineText = text.length > 0 && text.length < 120 ? text : null
      }
    }
  })
  return facts
}

function readTitle(
  facts: PageFacts,
  jsonLd: JsonLdArticle | null,
  siteName: string | null,
): Sourced<string> | null {
  const h1 = facts.h1
  const tag = facts.titleTag ? stripSiteSuffix(facts.titleTag, siteName) : null
  // An <h1> that the <title> contains is the cleanest headline: no outlet suffix.
  if (h1 && tag && facts.titleTag?.includes(h1)) {
    return { value: h1, source: 'h1' }
  }
  return first([
    [
      facts.meta.get('og:title') ? stripSiteSuffix(facts.meta.get('og:title')!, siteName) : null,
      'og:title',
    ],
    [jsonLd?.headline ?? null, 'json-ld'],
    [facts.meta.get('twitter:title') ?? null, 'twitter:title'],
    [tag, 'title'],
    [h1, 'h1'],
  ])
}

/** Drops " | Outlet", " — Outlet", " - Outlet" from a title. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·•]\s+|\s+-\s+|\s+::\s+/)
  if (parts.length < 2) {
    return title
  }
  const last = parts[parts.length - 1]!
  const firstPart = parts[0]!
  if (siteName?.toLowerCase() === last.toLowerCase()) {
    return parts.slice(0, -1).join(' - ')
  }
  if (siteName?.toLowerCase() === firstPart.toLowerCase()) {
    return parts.slice(1).join(' - ')
  }
  // Without a known site name, drop a short last part only: headlines are longer than names.
  return last.split(' ').length <= 4 && firstPart.split(' ').length >= 4
    ? parts.slice(0, -1).join(' - ')
    : title
}

/** The short last part of "Headline — Outlet", when there is one. */
function titleSuffix(title: string | null): string | null {
  const parts = title?.split(/\s+[|–—·•]\s+|\s+::\s+/) ?? []
  const last = parts[parts.length - 1]
  return parts.length >= 2 && last && last.split(' ').length <= 4 ? last : null
}

function readPublished(
  facts: PageFacts,
  jsonLd: JsonLdArticle | null,
  url: string | null,
  reference?: Date,
): Sourced<string> | null {
  const candidates: [string | null | undefined, string][] = [
    [jsonLd?.datePublished, 'json-ld'],
    [facts.meta.get('article:published_time'), 'article:published_time'],
    [facts.meta.get('og:published_time'), 'og:published_time'],
    [facts.meta.get('pubdate') ?? facts.meta.get('publishdate'), 'meta:pubdate'],
    [
      facts.meta.get('date') ?? facts.meta.get('dc.date') ?? facts.meta.get('dc.date.issued'),
      'meta:date',
    ],
    [facts.timeDatetime, 'time:datetime'],
    // Parse.ly's tag is in UTC: after <time>, which keeps the page's own offset.
    [facts.meta.get('parsely-pub-date'), 'parsely-pub-date'],
    [facts.datelineText, 'dateline'],
  ]
  // Conflicts, on purpose: sources are tried from the most to the least reliable, and a date
  // that cannot be a publication date (a CMS placeholder such as 0001-01-01, or a date after
  // the fetch) is passed over so that the next source decides. A visible time of day wins
  // over a structured date-only value of the same day, since it says more.
  // A UTC time gives way to the same instant in the page's own zone, when the page prints it.
  let dateOnly: Sourced<string> | null = null
  const printed = facts.datelineText
    ? parseDateString(facts.datelineText, reference)?.dateTime
    : null
  for (const [text, source] of candidates) {
    const parsed = text ? parseDateString(text, reference) : null
    if (!parsed || !plausible(parsed.date, reference)) {
      continue
    }
    if (parsed.dateTime) {
      if (dateOnly && dateOnly.value !== parsed.date) {
        return dateOnly
      }
      const local =
        printed && parsed.dateTime.endsWith('Z') && sameInstant(printed, parsed.dateTime)
      return local ? { value: printed, source: 'dateline' } : { value: parsed.dateTime, source }
    }
    dateOnly ??= { value: parsed.date, source }
  }
  if (dateOnly) {
    return dateOnly
  }
  const path = url ? /\/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[^\d])/.exec(url) : null
  if (path) {
    const parsed = parseDateString(
      `${path[1]}-${path[2]!.padStart(2, '0')}-${path[3]!.padStart(2, '0')}`,
    )
    if (parsed) {
      return { value: parsed.date, source: 'url' }
    }
  }
  return null
}

function sameInstant(a: string, b: string): boolean {
  return /[+-]\d{2}:\d{2}$/.test(a) && Date.parse(a) === Date.parse(b)
}

/** A publication date lies after 1990 and not after the fetch (a day of clock skew allowed). */
function plausible(date: string, reference?: Date): boolean {
  if (date < '1990-01-01') {
    return false
  }
  return !reference || date <= new Date(reference.getTime() + 86_400_000).toISOString().slice(0, 10)
}

function first(candidates: [string | null, string][]): Sourced<string> | null {
  for (const [value, source] of candidates) {
    if (value && value.trim().length > 0) {
      return { value: normalizeSpace(value), source }
    }
  }
  return null
}

function notUrl(value: string | null): string | null {
  return value && !/^https?:/i.test(value) ? value : null
}

function cleanByline(text: string | null): string | null {
  if (!text) {
    return null
  }
  const clean = text
    .replace(/^[^\p{L}]+/u, '')
    .replace(/^(by|author|written by|von|автор)[:\s]+/iu, '')
    // A byline line often goes on with the date or the reading time: "A and B · Nov 30".
    .split(/\s+[·|•—–]\s+|\s+-\s+/)[0]!
    .trim()
  return clean.length > 1 && clean.length < 80 ? clean : null
}

function absolute(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).toString()
  } catch {
    return href
  }
}
