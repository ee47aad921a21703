import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

/** The peer: Readability.js 0.6 on linkedom, as measured in design.md; returns the text. */
export function readabilityText(html: string): string {
  // linkedom ships types ESLint cannot resolve; its document stands in for a DOM Document.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  const { document } = parseHTML(html) as unknown as {
    document: ConstructorParameters<typeof Readability>[0]
  }
  try {
    const article = new Readability(document).parse()
    return article?.textContent ?? ''
  } catch {
    return ''
  }
}
