import { describe, expect, it } from 'vitest'
import { speakerAfterCue, subjectBefore } from './speaker-ru.ts'

const subject = (head: string): string | undefined => subjectBefore(head)?.speaker
const after = (text: string): string | undefined => speakerAfterCue(text)?.speaker

describe('Russian subjects before a verb', () => {
  it('keeps a name with its office', () => {
    expect(subject('Посол Франции Анна Дюпон ')).toBe('Посол Франции Анна Дюпон')
  })

  it('skips a leading circumstance, keeping the office before a name', () => {
    expect(subject('После встречи в Сочи министр Иван Петров ')).toBe('министр Иван Петров')
    expect(subject('На вопрос о сроках Петров ')).toBe('Петров')
    expect(subject('В ходе брифинга глава ведомства ')).toBe('глава ведомства')
  })

  it('drops a parenthetical, an adverb and a trailing circumstance', () => {
    expect(subject('Правительство, в свою очередь, ')).toBe('Правительство')
    expect(subject('Иван Петров позднее ')).toBe('Иван Петров')
    expect(subject('Иван Петров в телеобращении ')).toBe('Иван Петров')
  })

  it('reads the clause after a colon or a closing quote', () => {
    expect(subject('Заседание прошло тихо: местная пресса ')).toBe('местная пресса')
    expect(subject('«Мы готовы», — сказал он, а Петров ')).toBe('Петров')
  })
})

describe('Russian speakers after a verb', () => {
  it('reads a pronoun, a name or an office, and nothing else', () => {
    expect(after(' она журналистам.')).toBe('она')
    expect(after(' Иван Петров на пресс-конференции.')).toBe('Иван Петров')
    expect(after(' министр.')).toBe('министр')
    expect(after(' телеканалу «Мир», что')).toBeUndefined()
  })
})
