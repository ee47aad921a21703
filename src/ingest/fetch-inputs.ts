import { errorCode, getMessage } from '../core/errors.ts'
import { decodePage } from '../extract/decode.ts'
import { parseFeed, type FeedItem } from './feeds/parse-feed.ts'
import type { PageFetcher } from './fetch/page-fetcher.ts'
import type { InputItem } from './read-inputs.ts'

const FEED_TYPE = /(?:rss|atom|xml|feed\+json|application\/json)/i

/**
 * Reads URLs as inputs: a page becomes one document; a feed or sitemap (RSS, Atom, JSON Feed,
 * news sitemap, sitemap index) becomes the pages it lists, each fetched in turn. Every URL or
 * item that fails becomes an error item naming it, in its place.
 */
export async function* fetchInputs(
  urls: readonly string[],
  fetcher: PageFetcher,
): AsyncGenerator<InputItem> {
  for (const url of urls) {
    let page
    try {
      page = await fetcher.fetch(url)
    } catch (error: unknown) {
      yield { label: url, id: null, error: getMessage(error), code: errorCode(error) }
      continue
    }
    if (page.status !== 'ok') {
      continue
    }
    const text = decodeOrError(page.bytes, page.contentType)
    if (typeof text !== 'string') {
      yield { label: url, id: null, error: text.error }
      continue
    }
    const items = looksLikeFeed(text, page.contentType)
      ? await feedItems(text, page.url, fetcher)
      : null
    if (!items) {
      yield { label: url, document: { url: page.url, html: text } }
      continue
    }
    for (const item of items) {
      yield* fetchItem(item, fetcher)
    }
  }
}

/** The items of a feed, following a sitemap index one level down; null when it is not a feed. */
export async function feedItems(
  text: string,
  url: string,
  fetcher: PageFetcher,
): Promise<FeedItem[] | null> {
  let feed
  try {
    feed = parseFeed(text, url)
  } catch {
    return null
  }
  const items = [...feed.items]
  for (const sitemap of feed.sitemaps) {
    try {
      const child = await fetcher.fetch(sitemap)
      if (child.status === 'ok') {
        items.push(...parseFeed(decodePage(child.bytes, child.contentType), sitemap).items)
      }
    } catch {
      // A broken child sitemap leaves the others; the watcher's health report records it.
    }
  }
  return items
}

export async function* fetchItem(item: FeedItem, fetcher: PageFetcher): AsyncGenerator<InputItem> {
  try {
    const page = await fetcher.fetch(item.url)
    if (page.status === 'ok') {
      yield {
        label: item.url,
        document: {
          url: page.url,
          html: decodePage(page.bytes, page.contentType),
          published: item.published,
        },
      }
    }
  } catch (error: unknown) {
    yield { label: item.url, id: null, error: getMessage(error), code: errorCode(error) }
  }
}

export function looksLikeFeed(text: string, contentType: string | null): boolean {
  if (contentType && FEED_TYPE.test(contentType) && !/html/i.test(contentType)) {
    return true
  }
  return /^\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|urlset|sitemapindex|rdf:RDF)\b/i.test(
    text.slice(0, 2000),
  )
}

function decodeOrError(bytes: Uint8Array, contentType: string | null): string | { error: string } {
  try {
    return decodePage(bytes, contentType)
  } catch (error: unknown) {
    return { error: getMessage(error) }
  }
}
