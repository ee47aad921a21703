import { describe, expect, it } from 'vitest'
import { parseHtml } from './light-dom.ts'
import { readMetadata, stripSiteSuffix } from './metadata.ts'

function meta(head: string, body = '', url: string | null = null): ReturnType<typeof readMetadata> {
  return readMetadata(
    parseHtml(`<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`),
    url,
    new Date('2019-11-29T12:00:00Z'),
  )
}

describe('readMetadata', () => {
  it('prefers JSON-LD NewsArticle over OpenGraph, and says so', () => {
    const m =
      meta(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2019-11-29T14:05:00+04:00","author":{"@type":"Person","name":"Anna Petrosyan"}}</script>
      <meta property="article:published_time" content="2019-11-28T10:00:00Z">`)
    expect(m.published).toEqual({ value: '2019-11-29T14:05:00+04:00', source: 'json-ld' })
    expect(m.byline).toEqual({ value: 'Anna Petrosyan', source: 'json-ld' })
  })

  it('reads JSON-LD inside @graph and survives broken JSON-LD blocks', () => {
    const m = meta(
      `<script type="application/ld+json">{ broken</script><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"datePublished":"2019-11-10"}]}</script>`,
    )
    expect(m.published?.value).toBe('2019-11-10')
  })

  it('strips the outlet suffix from the title', () => {
    const m = meta(
      '<title>Pashinyan urges CSTO members | South Caucasus Monitor</title><meta property="og:site_name" content="South Caucasus Monitor">',
    )
    expect(m.title?.value).toBe('Pashinyan urges CSTO members')
    expect(stripSiteSuffix('Headline with several words — Black Sea Dispatch', null)).toBe(
      'Headline with several words',
    )
  })

  it('takes the <h1> when the <title> contains it', () => {
    expect(
      meta(
        '<title>Armenia freezes CSTO role - Kura Review</title>',
        '<h1>Armenia freezes CSTO role</h1>',
      ).title,
    ).toEqual({ value: 'Armenia freezes CSTO role', source: 'h1' })
  })

  it('falls back to <time datetime>, then a visible dateline, then the URL path', () => {
    expect(meta('', '<time datetime="2019-11-29T14:05">29.11.2019</time>').published?.source).toBe(
      'time:datetime',
    )
    expect(meta('', '<span class="dateline">Nov 29, 2019 14:05</span>').published).toEqual({
      value: '2019-11-29T14:05:00',
      source: 'dateline',
    })
    expect(meta('', '<span class="date">2 days ago</span>').published?.value).toBe('2019-11-27')
    expect(meta('', '', 'https://example.org/news/2019/11/29/story').published).toEqual({
      value: '2019-11-29',
      source: 'url',
    })
  })

  it('passes over placeholder and future dates, and lets a visible time refine a date-only value', () => {
    expect(
      meta(
        '<meta itemprop="datePublished" content="x"><meta name="date" content="0001-01-01">',
        '<time datetime="2019-11-28T10:43">28.11</time>',
      ).published,
    ).toEqual({ value: '2019-11-28T10:43:00', source: 'time:datetime' })
    expect(
      meta(
        '<meta property="article:published_time" content="2031-01-01T10:00:00Z">',
        '<span class="date">Nov 28, 2019</span>',
      ).published?.value,
    ).toBe('2019-11-28')
    expect(
      meta(
        '<meta name="date" content="2019-11-28">',
        '<span class="dateline">28.11.2019 14:05</span>',
      ).published,
    ).toEqual({ value: '2019-11-28T14:05:00', source: 'dateline' })
    expect(
      meta(
        '<meta name="date" content="2019-11-27">',
        '<span class="dateline">28.11.2019 14:05</span>',
      ).published,
    ).toEqual({ value: '2019-11-27', source: 'meta:date' })
  })

  it('prefers the printed local time to the same instant given in UTC', () => {
    const m = meta(
      '<meta name="parsely-pub-date" content="2019-11-28T19:10:00Z">',
      '<span class="timestamp">Nov 28, 2019 23:10 GMT+4</span>',
    )
    expect(m.published).toEqual({ value: '2019-11-28T23:10:00+04:00', source: 'dateline' })
  })

  it('takes the printed byline when it names more authors than the metadata', () => {
    const m = meta(
      '<meta name="parsely-author" content="Nino Kapanadze"><meta name="parsely-author" content="David Whitmore">',
      '<div class="byline">By Nino Kapanadze and David Whitmore · Nov 30, 2024</div>',
    )
    expect(m.byline).toEqual({
      value: 'Nino Kapanadze and David Whitmore',
      source: 'byline-element',
    })
  })

  it('reads canonical URL, site name and language', () => {
    const m = meta(
      '<link rel="canonical" href="/news/1"><meta property="og:site_name" content="Kura Review">',
      '',
      'https://kurareview.example/x?utm=1',
    )
    expect(m.canonicalUrl?.value).toBe('https://kurareview.example/news/1')
    expect(m.siteName?.value).toBe('Kura Review')
    expect(m.language?.value).toBe('en')
  })

  it('does not take a comment form label or the publisher as the byline', () => {
    expect(meta('', '<p class="comment-form-author"><label>Name *</label></p>').byline).toBeNull()
    const m = meta(
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Kura Review"},"publisher":{"name":"Kura Review"}}</script>',
    )
    expect(m.byline).toBeNull()
  })

  it('cleans "By" and separators from a byline element', () => {
    expect(meta('', '<span class="byline">| By Viktor Holub</span>').byline?.value).toBe(
      'Viktor Holub',
    )
  })
})
