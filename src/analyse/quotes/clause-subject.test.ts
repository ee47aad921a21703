import { describe, expect, it } from 'vitest'
import { mainSubject } from './clause-subject.ts'

/** The subject of the words before the last comma, as text. */
function subject(text: string): string | null {
  const found = mainSubject(text, text.lastIndexOf(','))
  return found ? text.slice(found.start, found.end) : null
}

describe('main clause subject', () => {
  it('stops at the first finite verb, past adverbials that open the sentence', () => {
    expect(subject('The Kestrel Trust on Friday fined the founder, saying')).toBe(
      'The Kestrel Trust',
    )
    expect(subject('During a rally in the north, Ola Brandt attacked his rival, saying')).toBe(
      'Ola Brandt',
    )
    expect(subject('On Tuesday morning Governor Ana Ruiz went further, telling')).toBe(
      'Governor Ana Ruiz',
    )
    expect(subject('The embattled mayor met the envoy, saying')).toBe('The embattled mayor')
  })

  it('drops an apposition and a second conjunct', () => {
    expect(subject('Senator Tom Hale (D), a critic of the plan, called for a vote, saying')).toBe(
      'Senator Tom Hale (D)',
    )
    expect(subject("The agency's director, Mia Lund, briefed reporters, saying")).toBe('Mia Lund')
    expect(subject('Minister Ivo Rask and his deputy Eva Holm briefed envoys, telling')).toBe(
      'Minister Ivo Rask',
    )
  })

  it('reads the subject of the last clause', () => {
    const text = 'Ola Brandt stayed in the hall, while his rival, Ana Ruiz, walked out and said'
    const found = mainSubject(text, text.indexOf(' and said'))
    expect(found && text.slice(found.start, found.end)).toBe('Ana Ruiz')
  })

  it('finds no subject when no verb follows one', () => {
    expect(subject('Facing a long night of counting, saying')).toBeNull()
  })
})
