/**
 * One case per page-specific fix of the body extractor, each modelled on a layout met in the
 * public benchmark: if a fix breaks, its case names the layout it was for.
 */
import { describe, expect, it } from 'vitest'
import { extractBodyBlocks } from './body-extractor.ts'
import { parseHtml } from './light-dom.ts'

const p = (n: number, extra = ''): string =>
  `<p>Paragraph ${n} of the report${extra}, long enough to be article text, with commas, clauses, and the detail a story has.</p>`
const body = (html: string): string[] => extractBodyBlocks(parseHtml(html))
/** Enough paragraphs to pass the size at which a class like "widget" no longer means clutter. */
const many = (count: number): string => Array.from({ length: count }, (_, i) => p(i + 1)).join('')

describe('body extractor cases', () => {
  it('keeps a page builder wrapper whose class reads as a widget (Elementor)', () => {
    const html = `<div class="elementor-widget elementor-widget-container">${many(8)}</div><div class="widget"><a href="/">Recent posts list item</a></div>`
    expect(body(html)).toHaveLength(8)
  })

  it('keeps a wrapper with "header" in its class when it holds the article (WordPress themes)', () => {
    expect(body(`<div class="wrapper-boxed header-style-2">${many(8)}</div>`)).toHaveLength(8)
  })

  it('reads "ad" only as a first class word: "non-ad-column" is the story column', () => {
    expect(
      body(
        `<section class="non-ad-column-l">${p(1)}${p(2)}</section><div class="ad-slot"><p>Advertisement text that goes on for a while, with commas, to look like a paragraph.</p></div>`,
      ),
    ).toHaveLength(2)
  })

  it('never prunes the itemprop="articleBody" element or its ancestors', () => {
    const html = `<div class="g-row-breaking-news"><div itemprop="articleBody">${p(1)}${p(2)}</div></div>`
    expect(body(html)).toHaveLength(2)
  })

  it('takes every column of a story split into sibling blocks (NYT-style companion columns)', () => {
    const column = (a: number, b: number): string =>
      `<div class="StoryBodyCompanionColumn"><div>${p(a)}${p(b)}</div></div>`
    const html = `<section class="meteredContent">${column(1, 2)}${column(3, 4)}${column(5, 6)}</section>`
    expect(body(html)).toHaveLength(6)
  })

  it('takes a lead paragraph that sits beside a paywall wrapper', () => {
    const html = `<div class="article__body">${p(1, ' before the wall')}<div class="paywall">${p(2)}${p(3)}${p(4)}${p(5)}</div></div>`
    expect(body(html)[0]).toContain('before the wall')
  })

  it('does not climb to the page body when teasers around the story add up', () => {
    const teaser = (n: number): string =>
      `<div class="teaser-card"><p>Teaser ${n}, a summary of another story, with a comma, long enough to score as text.</p></div>`
    const html = `<body><div class="story">${p(1)}${p(2)}${p(3)}</div>${teaser(1)}${teaser(2)}${teaser(3)}</body>`
    expect(body(html).some((b) => b.startsWith('Teaser'))).toBe(false)
  })

  it('drops the headline but keeps later <h1>s used as subheadings', () => {
    const blocks = body(`<article><h1>Headline</h1>${p(1)}<h1>A subheading</h1>${p(2)}</article>`)
    expect(blocks).toEqual([
      expect.stringContaining('Paragraph 1'),
      'A subheading',
      expect.stringContaining('Paragraph 2'),
    ])
  })

  it('drops captions that escaped their figure, and unrendered shortcodes', () => {
    const blocks = body(
      `<article>${p(1)}<div class="img"><p>In this Dec. 12, 2006, file photo, an astronaut works outside the station.</p></div><p>[button link="http://example.org" type="big"] Submit your review</p>${p(2)}</article>`,
    )
    expect(blocks).toHaveLength(2)
  })

  it('drops site notices inside the article container, Russian ones too', () => {
    const blocks = body(
      `<article>${p(1)}${p(2)}<p>Have a tip? The reporter may be reached at news@example.org.</p><p>Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.</p></article>`,
    )
    expect(blocks).toHaveLength(2)
  })

  it('drops datelines and bylines printed inside the container, and the headline repeated there', () => {
    const blocks = extractBodyBlocks(
      parseHtml(
        `<article><h2>Talks resume in Brussels</h2><p>Updated at 1:23 p.m.</p><p>By Anna Petrosyan</p>${p(1)}${p(2)}</article>`,
      ),
      'Talks resume in Brussels',
    )
    expect(blocks).toHaveLength(2)
  })

  it('keeps the page structure when <body> carries stray text of its own (an escaped tracking pixel)', () => {
    const teaser = (n: number): string =>
      `<div class="card"><h5><a href="/t${n}">Teaser headline ${n}</a></h5><div class="summary">Summary ${n} of another story on the site, with a comma, long enough to score as text.</div></div>`
    const html = `<body>&lt;img src="https://pixel.example/p?c=1"&gt;<div class="page"><div class="story">${many(4)}</div></div><div class="more">${teaser(1)}${teaser(2)}${teaser(3)}${teaser(4)}</div></body>`
    const blocks = body(html)
    expect(blocks).toHaveLength(4)
    expect(blocks.some((b) => b.includes('Summary'))).toBe(false)
  })

  it('counts a paragraph wrapped in a link as link text (a teaser card inside the story)', () => {
    const html = `<article>${p(1)}<div class="card"><a href="/g1"><p>Guide: a summary of an evergreen explainer on the ceasefire, with commas, clauses, and enough words to score as text.</p></a></div>${p(2)}${p(3)}</article>`
    const blocks = body(html)
    expect(blocks).toHaveLength(3)
    expect(blocks.some((b) => b.startsWith('Guide'))).toBe(false)
  })
})

describe('repeated blocks', () => {
  it('keeps short lines a story repeats on purpose: table cells, recurring subheadings', () => {
    const day = (n: number): string =>
      `<h3>Breakfast</h3><p>Day ${n}: oats with berries, a spoon of honey, and black tea, eaten before the walk.</p><h3>Lunch</h3><p>Day ${n}: lentil soup, bread, and a green salad with lemon, eaten at the desk.</p>`
    const table = `<table><tr><td>Team</td><td>Wins</td></tr><tr><td>North</td><td>5</td></tr><tr><td>South</td><td>5</td></tr></table>`
    const blocks = body(`<article>${p(1)}${day(1)}${day(2)}${table}${p(2)}</article>`)
    expect(blocks.filter((b) => b === 'Breakfast')).toHaveLength(2)
    expect(blocks.filter((b) => b === '5')).toHaveLength(2)
  })

  it('drops a long paragraph printed a second time', () => {
    const long = p(1, ' and a long lead that the template prints twice'.repeat(6))
    expect(body(`<article>${long}${p(2)}${long}${p(3)}</article>`)).toHaveLength(3)
  })
})

describe('hidden copies', () => {
  it('skips an element styled off the screen: a microdata copy of the article and its fields', () => {
    const copy = `<div style="display:none;" itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="name">Jane Writer</div><div itemprop="value">500</div><div itemprop="articleBody">${p(1)}${p(2)}${p(3)}</div></div>`
    const blocks = body(`<article><div class="story">${p(1)}${p(2)}${p(3)}</div>${copy}</article>`)
    expect(blocks).toHaveLength(3)
    expect(blocks).not.toContain('Jane Writer')
  })

  it('still reads an element whose style only mentions display', () => {
    expect(body(`<article style="display: block">${p(1)}${p(2)}</article>`)).toHaveLength(2)
  })
})

describe('embedded posts', () => {
  it('keeps an embedded post whose wrapper has a "social" class, and still drops the share bar', () => {
    const post = `<div class="social-embed"><blockquote class="twitter-tweet"><p lang="en">The minister says the border talks will resume next week in Tbilisi.</p>— Ana Example (@ana_example) <a href="https://twitter.com/ana_example/status/1">May 4, 2021</a></blockquote></div>`
    const blocks = body(
      `<article>${p(1)}${post}${p(2)}<div class="social-share"><a href="/s">Share on Facebook</a> Share by e-mail</div></article>`,
    )
    expect(blocks).toContain('The minister says the border talks will resume next week in Tbilisi.')
    expect(blocks.some((b) => b.includes('Share'))).toBe(false)
  })
})

describe('related-content markers', () => {
  it('reads "related" as the start of a class word too ("relatedposts", "relatedContent")', () => {
    const box = `<div class="relatedContent"><h4>More on this</h4><ul><li><a href="/a">Another story on the talks</a> with a summary that runs on for a while</li></ul></div>`
    const blocks = body(
      `<article>${p(1)}${box}${p(2)}<h3 class="relatedpoststitle">You might like</h3></article>`,
    )
    expect(blocks).toHaveLength(2)
  })
})

describe('teaser cards', () => {
  const card = (n: number): string =>
    `<article class="post"><h2><a href="/s${n}">Other story ${n}</a></h2><p>Excerpt ${n} of another story, with a comma, and enough words to be scored as article text.</p></article>`

  it('drops the small <article> cards a template puts inside the story\u2019s own <article>', () => {
    const html = `<body><article class="post single">${p(1)}${p(2)}<h3>More stories</h3>${card(1)}${card(2)}${card(3)}</article></body>`
    expect(body(html).some((b) => b.startsWith('Excerpt'))).toBe(false)
    expect(body(html).filter((b) => b.startsWith('Paragraph'))).toHaveLength(2)
  })

  it('keeps a large <article> nested in a page-wide <article>: that is the story', () => {
    const html = `<body><article id="page"><article class="story">${many(8)}</article>${card(1)}${card(2)}</article></body>`
    expect(body(html)).toHaveLength(8)
  })
})

describe('closing credits and pitches', () => {
  it('drops wire credit lines and subscription pitches at the end of the story', () => {
    const blocks = body(
      `<article>${p(1)}${p(2)}<p>(Reporting by Ani Example in Yerevan; Editing by Tom Sample)</p><p>Giorgi Sample contributed reporting from Tbilisi.</p><p>Our correspondents in Baku contributed to this report.</p><p>Additional reporting by Lena Example</p><p>Get the Caucasus Weekly delivered to your inbox every Friday. Sign up today.</p><p>If you enjoyed this article, become a member and read everything we publish.</p></article>`,
    )
    expect(blocks).toHaveLength(2)
  })

  it('keeps a sentence of the story that only mentions reporting', () => {
    const line =
      '<p>The reporting by local journalists was cited by the ombudsman in her annual review.</p>'
    expect(body(`<article>${p(1)}${line}${p(2)}</article>`)).toHaveLength(3)
  })
})

describe('link lines amid prose', () => {
  it('keeps a lone link line between two paragraphs: a source or a shop the story points to', () => {
    const blocks = body(
      `<article>${p(1)}<p><a href="https://shop.example/x">Get it at the co-op store for $12.99</a></p>${p(2)}<p><a href="https://example.org/report.pdf">https://example.org/report.pdf</a></p>${p(3)}</article>`,
    )
    expect(blocks).toContain('Get it at the co-op store for $12.99')
    expect(blocks).toContain('https://example.org/report.pdf')
  })

  it('still drops runs of links, capitalised teaser headlines and "[Related: …]" lines', () => {
    const blocks = body(
      `<article>${p(1)}<p><a href="/a">First linked story about the border</a></p><p><a href="/b">Second linked story about the vote</a></p>${p(2)}<p><a href="/c">MINISTER RESIGNS AFTER TALKS COLLAPSE</a></p>${p(3)}<p>[Related: <a href="/d">Another summit ends without a deal</a>]</p>${p(4)}<p><strong>SEE MORE:</strong> <a href="/e">Protests spread to the capital</a></p>${p(5)}</article>`,
    )
    expect(blocks).toHaveLength(5)
  })
})
