import { describe, expect, it } from 'vitest'
import { parseFeed } from './parse-feed.ts'

const BASE = 'https://kurareview.example/feed'

describe('parseFeed', () => {
  it('reads RSS 2.0 with relative links, guids and RFC 822 dates', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Kura Review</title>
        <item><title>Pashinyan &amp; the CSTO</title><link>/news/1</link><guid isPermaLink="false">kr-1</guid><pubDate>Fri, 29 Nov 2019 14:05:00 +0400</pubDate></item>
        <item><title><![CDATA[Baku <answers>]]></title><guid>https://kurareview.example/news/2</guid></item>
      </channel></rss>`,
      BASE,
    )
    expect(feed).toEqual({
      kind: 'rss',
      title: 'Kura Review',
      items: [
        {
          url: 'https://kurareview.example/news/1',
          id: 'kr-1',
          title: 'Pashinyan & the CSTO',
          published: '2019-11-29T10:05:00.000Z',
        },
        {
          url: 'https://kurareview.example/news/2',
          id: 'https://kurareview.example/news/2',
          title: 'Baku <answers>',
          published: null,
        },
      ],
      sitemaps: [],
    })
  })

  it('reads Atom entries by their alternate link', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>SCM</title><entry><id>tag:scm,2019:1</id><title>Session in Bishkek</title>
        <link rel="edit" href="/edit/1"/><link rel="alternate" href="https://scmonitor.example/a/1"/><published>2019-11-28T18:00:00+04:00</published></entry></feed>`,
      BASE,
    )
    expect(feed.items).toEqual([
      {
        url: 'https://scmonitor.example/a/1',
        id: 'tag:scm,2019:1',
        title: 'Session in Bishkek',
        published: '2019-11-28T14:00:00.000Z',
      },
    ])
  })

  it('reads JSON Feed', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'BSD',
        items: [
          {
            id: '7',
            url: '/2019/12/x.html',
            title: 'Lavrov in Baku',
            date_published: '2019-12-04T10:15:00+03:00',
          },
        ],
      }),
      'https://blackseadispatch.example/feed.json',
    )
    expect(feed).toMatchObject({
      kind: 'json-feed',
      items: [{ url: 'https://blackseadispatch.example/2019/12/x.html', id: '7' }],
    })
  })

  it('reads news sitemaps and sitemap indexes', () => {
    const sitemap = parseFeed(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://scmonitor.example/a/1</loc>
        <news:news><news:publication><news:name>SCM</news:name></news:publication><news:publication_date>2019-11-29</news:publication_date><news:title>Pashinyan urges CSTO</news:title></news:news></url></urlset>`,
      BASE,
    )
    expect(sitemap.items).toEqual([
      {
        url: 'https://scmonitor.example/a/1',
        id: 'https://scmonitor.example/a/1',
        title: 'Pashinyan urges CSTO',
        published: '2019-11-29T00:00:00.000Z',
      },
    ])
    const index = parseFeed(
      '<sitemapindex><sitemap><loc>/news-sitemap.xml</loc></sitemap></sitemapindex>',
      BASE,
    )
    expect(index).toMatchObject({
      kind: 'sitemap-index',
      sitemaps: ['https://kurareview.example/news-sitemap.xml'],
    })
  })

  it('expands no DTD entities: an entity bomb stays inert', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
      <rss><channel><item><title>&lol3;</title><link>https://x.example/1</link></item></channel></rss>`
    const feed = parseFeed(bomb, BASE)
    expect(feed.items[0]?.title?.length ?? 0).toBeLessThan(20)
  })

  it('names what it found when the text is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', BASE)).toThrow(
      /not a feed: .* found <html>/,
    )
    expect(() => parseFeed('{"items": []}', BASE)).toThrow(/JSON Feed "version"/)
    expect(() => parseFeed('{broken', BASE)).toThrow(/does not parse/)
    expect(() => parseFeed('', BASE)).toThrow(/no XML element/)
  })
})
