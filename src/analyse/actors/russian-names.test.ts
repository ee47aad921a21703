import { describe, expect, it } from 'vitest'
import { bareHead } from '../../testing/bare-head.ts'
import { testKb } from '../../testing/test-kb.ts'
import { analysisDocument } from '../analyse-article.ts'
import { ofKind } from '../annotation.ts'
import { actorPipeline } from '../configuration.ts'
import { runPipeline } from '../pipeline.ts'
import { latinForms, nominatives } from './russian-names.ts'

const kb = testKb()

/** The actor mentions the actor stages find, as text and id. */
function actors(body: string, language = 'ru'): [string, string | null][] {
  const document = analysisDocument({ ...bareHead(body, '2024-03-14'), language })
  return ofKind(runPipeline(actorPipeline(), document, { kb }), 'actor').map((a) => [
    a.text,
    a.value.actor,
  ])
}

describe('Russian names', () => {
  it('takes an inflected name back to its nominative', () => {
    expect(nominatives('Пашиняну')).toContain('Пашинян')
    expect(nominatives('Борисовым')).toContain('Борисов')
    expect(nominatives('Сергея')).toContain('Сергей')
    expect(nominatives('Абдуллаевой')).toContain('Абдуллаева')
    expect(nominatives('Кремле')).toContain('Кремль')
  })

  it('spells a nominative as the knowledge base may', () => {
    expect(latinForms('Пашинян')).toContain('Pashinyan')
    expect(latinForms('Дмитрий')).toContain('Dmitry')
    expect(latinForms('Ильхам')).toContain('Ilham')
    expect(latinForms('Трамп')).toEqual(['Trump'])
  })

  it('finds people and ministries named in Russian, in any case', () => {
    expect(
      actors(
        'Встреча Юрия Борисова с Пашиняном прошла в Ереване. Лейлу Абдуллаеву процитировал МИД Армении.',
      ),
    ).toEqual([
      ['Юрия Борисова', 'yuri-borisov'],
      ['Пашиняном', 'nikol-pashinyan'],
      ['Лейлу Абдуллаеву', 'leyla-abdullayeva'],
      ['МИД Армении', 'ARM-MFA'],
    ])
  })

  it('tells a noun opening the sentence from another given name before a surname', () => {
    expect(actors('Кандидатуру Борисова одобрили в мае.')).toEqual([['Борисова', 'yuri-borisov']])
    expect(actors('Соглашение подписал Глеб Борисов.')).toEqual([
      ['Глеб Борисов', 'local:глеб-борисов'],
    ])
  })

  it('leaves common words and text not known to be Russian alone', () => {
    expect(actors('Армения и Москва провели переговоры.')).toEqual([])
    expect(actors('Встреча с Пашиняном прошла в Ереване.', 'en')).toEqual([])
  })
})
