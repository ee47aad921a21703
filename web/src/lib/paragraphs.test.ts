import { describe, expect, it } from 'vitest'
import { splitParagraphs } from './paragraphs'

const texts = (body: string) =>
  splitParagraphs(body).map(({ start, end }) => body.slice(start, end))

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets into the body', () => {
    const body = 'One.\n\nTwo.'
    expect(splitParagraphs(body)).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 10 },
    ])
  })

  it('treats lines holding only spaces as blank and trims each paragraph', () => {
    expect(texts('  One. \n \t\n\n  Two.\nstill two.  \n\n')).toEqual(['One.', 'Two.\nstill two.'])
  })

  it('keeps single newlines inside a paragraph', () => {
    expect(texts('a\nb')).toEqual(['a\nb'])
  })

  it('accepts Windows line endings', () => {
    expect(texts('One.\r\n\r\nTwo.')).toEqual(['One.', 'Two.'])
  })

  it('returns nothing for an empty or blank body', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs(' \n\n ')).toEqual([])
  })
})
