import { Parser } from 'htmlparser2'
import { ValidationError } from '../../core/errors.ts'

/** One entry of a feed or sitemap: a page to fetch. */
export interface FeedItem {
  url: string
  /** The feed's own id for the entry (guid, Atom id), else the URL. */
  id: string
  title: string | null
  /** ISO 8601 when the feed gives a date. */
  published: string | null
}

/** A parsed feed: its items, and for sitemap indexes the sitemaps it lists. */
export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'json-feed' | 'sitemap' | 'sitemap-index'
  title: string | null
  items: FeedItem[]
  sitemaps: string[]
}

/** A feed never yields more items than this, however large it is. */
export const MAX_ITEMS = 10_000

interface XmlNode {
  name: string
  attrs: Record<string, string>
  text: string
  children: XmlNode[]
}

/**
 * Reads RSS 2.0 and 1.0, Atom, JSON Feed and XML sitemaps (with Google News `<news:news>`
 * entries, and sitemap indexes). XML is read with htmlparser2 in XML mode, which expands no
 * DTD entities: entity bombs and external entities do nothing. Relative links resolve against
 * `baseUrl`. Throws a ValidationError naming the problem when the text is not a feed.
 */
export function parseFeed(text: string, baseUrl: string): ParsedFeed {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{')) {
    return parseJsonFeed(trimmed, baseUrl)
  }
  const root = parseXml(trimmed)
  const top = root.children.find((child) => child.name !== '?xml')
  const resolve = (href: string): string | null => {
    try {
      return new URL(href.trim(), baseUrl).href
    } catch {
      return null
    }
  }
  if (!top) {
    throw new ValidationError(
      'not a feed: expected RSS, Atom, JSON Feed or a sitemap, found no XML element',
      { code: 'not_a_feed' },
    )
  }
  switch (top.name) {
    case 'rss':
    case 'rdf:rdf': {
      const channel = child(top, 'channel')
      const items = [...(channel?.children ?? []), ...top.children].filter((n) => n.name === 'item')
      return {
        kind: 'rss',
        title: textOf(channel, 'title'),
        items: collect(items, (item) => {
          const link = textOf(item, 'link') ?? item.attrs['rdf:about'] ?? guidLink(item)
          const url = link ? resolve(link) : null
          return url
            ? {
                url,
                id: textOf(item, 'guid') ?? url,
                title: textOf(item, 'title'),
                published: isoDate(textOf(item, 'pubdate') ?? textOf(item, 'dc:date')),
              }
            : null
        }),
        sitemaps: [],
      }
    }
    case 'feed':
      return {
        kind: 'atom',
        title: textOf(top, 'title'),
        items: collect(
          top.children.filter((n) => n.name === 'entry'),
          (entry) => {
            const links = entry.children.filter((n) => n.name === 'link')
            const href = (
              links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate') ?? links[0]
            )?.attrs.href
            const url = href ? resolve(href) : null
            return url
              ? {
                  url,
                  id: textOf(entry, 'id') ?? url,
                  title: textOf(entry, 'title'),
                  published: isoDate(textOf(entry, 'published') ?? textOf(entry, 'updated')),
                }
              : null
          },
        ),
        sitemaps: [],
      }
    case 'urlset':
      return {
        kind: 'sitemap',
        title: null,
        items: collect(
          top.children.filter((n) => n.name === 'url'),
          (entry) => {
            const url = resolve(textOf(entry, 'loc') ?? '')
            const news = child(entry, 'news:news')
            return url
              ? {
                  url,
                  id: url,
                  title: textOf(news, 'news:title'),
                  published: isoDate(
                    textOf(news, 'news:publication_date') ?? textOf(entry, 'lastmod'),
                  ),
                }
              : null
          },
        ),
        sitemaps: [],
      }
    case 'sitemapindex':
      return {
        kind: 'sitemap-index',
        title: null,
        items: [],
        sitemaps: top.children
          .filter((n) => n.name === 'sitemap')
          .flatMap((s) => {
            const url = resolve(textOf(s, 'loc') ?? '')
            return url ? [url] : []
          }),
      }
    default:
      throw new ValidationError(
        `not a feed: expected RSS, Atom, JSON Feed or a sitemap, found <${top.name}>`,
        { code: 'not_a_feed' },
      )
  }
}

function parseJsonFeed(text: string, baseUrl: string): ParsedFeed {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error: unknown) {
    throw new ValidationError('not a feed: the JSON does not parse', {
      code: 'not_a_feed',
      cause: error,
    })
  }
  const feed = data as { version?: unknown; title?: unknown; items?: unknown }
  if (
    typeof feed.version !== 'string' ||
    !feed.version.includes('jsonfeed.org') ||
    !Array.isArray(feed.items)
  ) {
    throw new ValidationError('not a feed: JSON without a JSON Feed "version" and "items"', {
      code: 'not_a_feed',
    })
  }
  return {
    kind: 'json-feed',
    title: typeof feed.title === 'string' ? feed.title : null,
    items: collect(feed.items as unknown[], (raw) => {
      const item = raw as Record<string, unknown>
      const href =
        typeof item.url === 'string'
          ? item.url
          : typeof item.external_url === 'string'
            ? item.external_url
            : null
      let url: string | null
      try {
        url = href ? new URL(href, baseUrl).href : null
      } catch {
        url = null
      }
      return url
        ? {
            url,
            id: typeof item.id === 'string' ? item.id : url,
            title: typeof item.title === 'string' ? item.title : null,
            published: isoDate(
              typeof item.date_published === 'string' ? item.date_published : null,
            ),
          }
        : null
    }),
    sitemaps: [],
  }
}

function parseXml(text: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, text: '', children: [] }
  const stack: XmlNode[] = [root]
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const lowered = Object.fromEntries(
          Object.entries(attrs).map(([key, value]) => [key.toLowerCase(), value]),
        )
        const node: XmlNode = { name: name.toLowerCase(), attrs: lowered, text: '', children: [] }
        stack[stack.length - 1]!.children.push(node)
        stack.push(node)
      },
      ontext(text) {
        stack[stack.length - 1]!.text += text
      },
      onclosetag() {
        if (stack.length > 1) {
          stack.pop()
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  )
  parser.write(text)
  parser.end()
  return root
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name)
}

function textOf(node: XmlNode | undefined, name: string): string | null {
  const text = child(node, name)?.text.trim() ?? ''
  return text.length > 0 ? text : null
}

function guidLink(item: XmlNode): string | null {
  const guid = child(item, 'guid')
  return guid && guid.attrs.ispermalink !== 'false' && /^https?:/i.test(guid.text.trim())
    ? guid.text.trim()
    : null
}

function isoDate(text: string | null): string | null {
  if (!text) {
    return null
  }
  const time = Date.parse(text)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function collect<T>(nodes: readonly T[], read: (node: T) => FeedItem | null): FeedItem[] {
  const out: FeedItem[] = []
  for (const node of nodes) {
    const item = read(node)
    if (item) {
      out.push(item)
    }
    if (out.length >= MAX_ITEMS) {
      break
    }
  }
  return out
}
