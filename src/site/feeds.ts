import type { Post } from '../outlet/post-repository.ts'
import { postUrl } from '../outlet/publishing.ts'
import { markdownText } from '../outlet/markdown.ts'

const xml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )

/** A feed's identity: its title, its page and its own address. */
export interface FeedInfo {
  title: string
  page: string
  self: string
}

/** RSS 2.0 of public posts, newest first. */
export function rssFeed(info: FeedInfo, posts: readonly Post[], base: string): string {
  const items = posts
    .map((p) => {
      const url = postUrl(base, p.slug)
      return `<item><title>${xml(p.title)}</title><link>${xml(url)}</link><guid isPermaLink="true">${xml(url)}</guid><pubDate>${new Date(p.publishAt ?? p.createdAt).toUTCString()}</pubDate><dc:creator>${xml(p.author.name)}</dc:creator><category>${xml(p.section)}</category>${p.tags.map((t) => `<category>${xml(t)}</category>`).join('')}<description>${xml(p.summary || markdownText(p.body).slice(0, 400))}</description></item>`
    })
    .join('')
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${xml(info.title)}</title><link>${xml(info.page)}</link><description>${xml(info.title)}</description><atom:link href="${xml(info.self)}" rel="self" type="application/rss+xml"/>${items}</channel></rss>`
}

/** Atom 1.0 of public posts, newest first. */
export function atomFeed(info: FeedInfo, posts: readonly Post[], base: string): string {
  const updated = posts[0]?.publishAt ?? new Date(0).toISOString()
  const entries = posts
    .map((p) => {
      const url = postUrl(base, p.slug)
      return `<entry><id>${xml(url)}</id><title>${xml(p.title)}</title><link href="${xml(url)}"/><published>${xml(p.publishAt ?? p.createdAt)}</published><updated>${xml(p.updatedAt)}</updated><author><name>${xml(p.author.name)}</name></author><category term="${xml(p.section)}"/><summary>${xml(p.summary || markdownText(p.body).slice(0, 400))}</summary></entry>`
    })
    .join('')
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>${xml(info.self)}</id><title>${xml(info.title)}</title><link href="${xml(info.page)}"/><link rel="self" href="${xml(info.self)}"/><updated>${xml(updated)}</updated>${entries}</feed>`
}

/** The sitemap of every public post and section page. */
export function sitemap(posts: readonly Post[], pages: readonly string[], base: string): string {
  const urls = [
    ...pages.map((page) => `<url><loc>${xml(page)}</loc></url>`),
    ...posts.map(
      (p) =>
        `<url><loc>${xml(postUrl(base, p.slug))}</loc><lastmod>${xml(p.updatedAt)}</lastmod></url>`,
    ),
  ]
  return `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`
}

/** A Google News sitemap: the posts of the last two days only, as its rules ask. */
export function newsSitemap(posts: readonly Post[], outlet: string, base: string): string {
  const urls = posts.map(
    (p) =>
      `<url><loc>${xml(postUrl(base, p.slug))}</loc><news:news><news:publication><news:name>${xml(outlet)}</news:name><news:language>en</news:language></news:publication><news:publication_date>${xml(p.publishAt ?? p.createdAt)}</news:publication_date><news:title>${xml(p.title)}</news:title></news:news></url>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>`
}
