import { describe, expect, it } from 'vitest'
import { testKb } from '../testing/test-kb.ts'
import { decodePage } from './decode.ts'
import { extractDocument } from './extract-document.ts'
import { extractPage } from './html/extract-page.ts'

const kb = testKb()
const para =
  '<p>Armenian Prime Minister Nikol Pashinyan said that talks would continue, with more meetings planned, in Brussels.</p>'

describe('bad input', () => {
  it('names an empty page as having no article text', () => {
    expect(() => extractDocument({ html: '' }, { kb })).toThrow(/no article text found/)
    expect(() =>
      extractDocument({ html: '<html><body><nav>Home</nav></body></html>' }, { kb }),
    ).toThrow(/no article text/)
  })

  it('refuses binary input by its signature or its NUL bytes', () => {
    expect(() => decodePage(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toThrow(
      /a PDF document/,
    )
    expect(() => decodePage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toThrow(
      /a PNG image/,
    )
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256)
    expect(() => decodePage(random)).toThrow(/binary data/)
  })

  it('survives 10,000-deep nesting in bounded time and keeps the text', () => {
    const html = `<body>${'<div>'.repeat(10_000)}${para}${para}${'</div>'.repeat(10_000)}</body>`
    const started = Date.now()
    const page = extractPage(html)
    expect(page.body).toContain('Pashinyan said')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('reads truncated and broken markup', () => {
    const page = extractPage(
      `<html><body><article>${para}<p>A second paragraph, with its own words, so that the article has some length.</p><p>The last paragraph was cut off in the middle of a sentence and <b>never clo`,
    )
    expect(page.body.split('\n\n')).toHaveLength(3)
    expect(
      extractPage(
        '<p>Unclosed <i>tags <b>everywhere, with a long enough sentence to count as text here.</p></div></span>',
      ).body,
    ).toContain('Unclosed tags everywhere')
  })

  it('extracts a 20 MB page within bounded time', () => {
    const filler = `<div class="sidebar"><a href="/x">${'link text '.repeat(20)}</a></div>`
    const html = `<html><body><article>${para.repeat(20)}</article>${filler.repeat(Math.ceil(20_000_000 / filler.length))}</body></html>`
    expect(html.length).toBeGreaterThan(20_000_000)
    const started = Date.now()
    expect(extractPage(html).body).toContain('Pashinyan')
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('decodes every HTML entity form', () => {
    expect(
      extractPage(
        '<article><p>Yerevan &amp; Baku &mdash; &#8220;talks&#8221; &#x2014; caf&eacute;, with enough words to count as a paragraph.</p></article>',
      ).body,
    ).toBe('Yerevan & Baku — “talks” — café, with enough words to count as a paragraph.')
  })
})
