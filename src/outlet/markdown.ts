import MarkdownIt from 'markdown-it'

// Raw HTML off: what an editor types is text and Markdown, never markup or script. markdown-it's
// own link check refuses javascript:, vbscript:, file: and data: (but images) addresses.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true })

// Links out of the outlet open normally but tell the target nothing about the reader's page.
// (markdown-it has no link_open rule of its own: tokens are rendered as they are.)
markdown.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]
  if (token && /^https?:/i.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('rel', 'noopener noreferrer')
  }
  return self.renderToken(tokens, idx, options)
}

/** A post's Markdown as safe HTML: what the public page and the editor's preview show. */
export function renderMarkdown(text: string): string {
  return markdown.render(text)
}

/** A post's Markdown as plain text paragraphs (for the archive's analysis and for feeds). */
export function markdownText(text: string): string {
  const html = markdown.render(text)
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
