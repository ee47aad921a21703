import { describe, expect, it } from 'vitest'
import { markdownText, renderMarkdown } from './markdown.ts'

describe('post Markdown', () => {
  it('renders Markdown with raw HTML shown as text, never as markup', () => {
    const html = renderMarkdown(
      '## Talks\n\nThe **treaty** text.<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
    )
    expect(html).toContain('<h2>Talks</h2>')
    expect(html).toContain('<strong>treaty</strong>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })

  it('refuses script addresses and marks outside links noopener', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](https://civil.ge/x) [c](/site/articles/y)',
    )
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('<a href="https://civil.ge/x" rel="noopener noreferrer">b</a>')
    expect(html).toContain('<a href="/site/articles/y">c</a>')
  })

  it('gives plain paragraphs for analysis', () => {
    expect(markdownText('# Title\n\nFirst *para* & more.\n\n- one\n- two')).toBe(
      'Title\n\nFirst para & more.\n\none\n\ntwo',
    )
  })
})
