import { describe, expect, it } from 'vitest'
import { extractBodyBlocks } from './body-extractor.ts'
import { parseHtml } from './light-dom.ts'

const para = (n: number): string =>
  `<p>Paragraph ${n} of the story, long enough to count as article text, with commas, clauses, and detail about the talks in Yerevan.</p>`

function body(html: string): string[] {
  return extractBodyBlocks(parseHtml(html))
}

describe('extractBodyBlocks', () => {
  it('keeps the article paragraphs in order and drops navigation, cookie banner and footer', () => {
    const blocks = body(`<html><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="cookie-banner">Our website uses cookies. By clicking accept you agree.</div>
      <main><article><h1>Title</h1>${para(1)}${para(2)}${para(3)}</article></main>
      <footer>© 2019 Outlet. All rights reserved.</footer></body></html>`)
    expect(blocks).toEqual([
      expect.stringContaining('Paragraph 1'),
      expect.stringContaining('Paragraph 2'),
      expect.stringContaining('Paragraph 3'),
    ])
  })

  it('keeps headings inside the article', () => {
    const blocks = body(`<article>${para(1)}<h2>What comes next</h2>${para(2)}</article>`)
    expect(blocks).toContain('What comes next')
  })

  it('does not glue words across block tags but keeps inline tags joined', () => {
    const blocks = body(
      `<article>${para(1)}<ul><li>first item of the list</li><li>second item</li></ul><p>An <b>inline</b> word and a<br>break after it, with enough words to be text.</p>${para(2)}</article>`,
    )
    expect(blocks).toContain('first item of the list')
    expect(blocks).toContain('second item')
    expect(blocks.some((b) => b.includes('An inline word'))).toBe(true)
    expect(blocks.some((b) => b.includes('abreak'))).toBe(false)
  })

  it('drops inline "Read also" boxes, share bars, captions and calls for contributors', () => {
    const blocks = body(`<article>${para(1)}
      <div class="read-also"><a href="/x">Read also: Another headline</a></div>
      <p>Read also: <a href="/y">A linked headline that is all link text here</a></p>
      <div class="share-bar">Share: Facebook Twitter Telegram</div>
      <figure><img src="a.jpg"><figcaption>Yerevan. Illustrative photo</figcaption></figure>
      ${para(2)}
      <p>Caucasus Watch seeks local specialists from Georgia and Armenia. Send CV, cover letter and writing sample to us.</p>
    </article>`)
    expect(blocks).toHaveLength(2)
  })

  it('returns an empty list for a page with no text', () => {
    expect(body('<html><body><nav>Home</nav></body></html>')).toEqual([])
  })

  it('keeps the text of a page whose whole body sits inside a <form> (ASP.NET)', () => {
    const blocks = body(
      `<body><form id="aspnetForm"><div class="content">${para(1)}${para(2)}</div></form></body>`,
    )
    expect(blocks).toHaveLength(2)
  })
})
