import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hashBody } from './kysely-store.ts'

/** The definition stored hashes were made by: every whitespace run one space. */
const byDefinition = (body: string): string =>
  createHash('sha256').update(body.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex')

describe('hashBody', () => {
  it('hashes exactly as every whitespace run made one space, so stored hashes still match', () => {
    const bodies = [
      'Plain text with single spaces only.',
      '  Leading and trailing  ',
      'Tabs\tand\nnew lines\n\nbetween paragraphs',
      'A space before a break \n and after',
      'No-break\u00a0space, em\u2003space, CRLF\r\nline',
      ' ',
      '',
      'x\n',
    ]
    for (const body of bodies) {
      expect(hashBody(body), JSON.stringify(body)).toBe(byDefinition(body))
    }
    expect(hashBody('One  Two')).toBe(hashBody('one two'))
  })
})
