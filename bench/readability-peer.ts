import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

/** The peer: Readability.js 0.6 on linkedom, as measured in design.md; returns the text. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html)
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
    return article?.textContent ?? ''
  } catch {
    return ''
  }
}
