import type { ReferenceAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'

const PUBLISHER = String.raw`((?:[\p{Lu}"“][\p{L}’'".”-]*\s+){0,4}[\p{Lu}][\p{L}’'".”-]*)`
const PATTERNS = [
  new RegExp(String.raw`\(${PUBLISHER}\s+(?:has\s+)?reported(?:\s+earlier)?\)`, 'gu'),
  new RegExp(
    String.raw`\bas\s+${PUBLISHER}\s+(?:has\s+|had\s+)?(?:reported|wrote)(?:\s+earlier|\s+previously)?\b`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:according\s+to\s+a\s+report\s+by|reported\s+by)\s+${PUBLISHER}`, 'gu'),
]

/**
 * Finds citations of earlier coverage: "(Caucasus Watch reported)", "as Reuters reported
 * earlier", "according to a report by …". The store links them to stored articles.
 */
export class ReportedReferenceExtractor implements Extractor {
  readonly name = 'references/reported'

  extract(context: ExtractContext): ReferenceAnnotation[] {
    const { body } = context.document
    const out: ReferenceAnnotation[] = []
    for (const pattern of PATTERNS) {
      for (const match of body.matchAll(pattern)) {
        const publisher = (match[1] ?? '').replace(/["“”]/g, '').trim()
        out.push({
          kind: 'reference',
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
          value: { publisher: publisher || null },
          certainty: 'stated',
          tags: [`extractor/${this.name}`],
        })
      }
    }
    return out
  }
}
