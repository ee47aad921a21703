import { describe, expect, it } from 'vitest'
import { bareHead } from '../../testing/bare-head.ts'
import { testKb } from '../../testing/test-kb.ts'
import { analyseArticle, analysisDocument } from '../analyse-article.ts'
import { ofKind } from '../annotation.ts'
import { defaultPipeline } from '../configuration.ts'
import { runPipeline } from '../pipeline.ts'

const kb = testKb()
const pipeline = defaultPipeline()

/** Each quote the pipeline keeps: its words, type, speaker's actor (else name), cue and class. */
function quotes(body: string, language = 'ru'): string[][] {
  const document = analysisDocument({ ...bareHead(body, '2024-03-14'), language })
  return ofKind(runPipeline(pipeline, document, { kb }), 'quote').map((q) => [
    q.value.quote,
    q.value.type,
    q.value.speakerActor ?? q.value.speakerName,
    q.value.cue,
    q.value.cueClass,
  ])
}

describe('Russian direct quotes', () => {
  it('reads «…», — сказал он and resolves the pronoun to the person named before', () => {
    expect(
      quotes('Никол Пашинян приехал в Гюмри. «Мы откроем здесь новую школу осенью», — сказал он.'),
    ).toEqual([
      ['Мы откроем здесь новую школу осенью', 'direct', 'nikol-pashinyan', 'сказал', 'assert'],
    ])
  })

  it('reads a speaker written before the quote with a colon, in „…“ marks too', () => {
    expect(
      quotes(
        'Юрий Борисов заявил: «Переговоры продолжатся на следующей неделе». Пашинян добавил: „Решение примем до конца месяца“.',
      ).map(([text, , speaker, cue]) => [text, speaker, cue]),
    ).toEqual([
      ['Переговоры продолжатся на следующей неделе', 'yuri-borisov', 'заявил'],
      ['Решение примем до конца месяца', 'nikol-pashinyan', 'добавил'],
    ])
  })

  it('reads an inflected name after the cue', () => {
    expect(
      quotes('«Граница останется открытой для грузовиков», — предупредил Борисов журналистам.'),
    ).toEqual([
      [
        'Граница останется открытой для грузовиков',
        'direct',
        'yuri-borisov',
        'предупредил',
        'warn',
      ],
    ])
  })

  it('splits a quote broken by its attribution into two quotes', () => {
    expect(
      quotes('«Мы готовы к диалогу с соседями, — заявил Пашинян, — но не на таких условиях».').map(
        ([text, , speaker]) => [text, speaker],
      ),
    ).toEqual([
      ['Мы готовы к диалогу с соседями', 'nikol-pashinyan'],
      ['но не на таких условиях', 'nikol-pashinyan'],
    ])
  })

  it('does not take names and titles in guillemets for quotes', () => {
    expect(
      quotes(
        'Пашинян сказал: «Работа продолжится и летом». Партия «Гражданский договор за мир» провела съезд в Ереване.',
      ).map(([text]) => text),
    ).toEqual(['Работа продолжится и летом'])
  })
})

describe('Russian reported speech', () => {
  it('reads X заявила, что … with a feminine name', () => {
    expect(
      quotes('Лейла Абдуллаева заявила, что делегация вылетит в Женеву в понедельник.'),
    ).toEqual([
      [
        'делегация вылетит в Женеву в понедельник',
        'indirect',
        'leyla-abdullayeva',
        'заявила',
        'assert',
      ],
    ])
  })

  it('classes each cue by its meaning', () => {
    const classes = (sentence: string): string | undefined => quotes(sentence)[0]?.[4]
    expect(classes('Пашинян призвал соседей к сдержанности на границе.')).toBe('appeal')
    expect(classes('Борисов предупредил, что цены на топливо вырастут.')).toBe('warn')
    expect(classes('Пашинян обвинил соседей в нарушении договорённостей.')).toBe('accuse')
    expect(classes('Абдуллаева опровергла сообщения о переброске войск.')).toBe('deny')
    expect(classes('Борисов отверг обвинения в срыве поставок.')).toBe('reject')
    expect(classes('Пашинян ответил, что встреча состоится позже.')).toBe('respond')
    expect(classes('Борисов подчеркнул, что сроки поставок не изменятся.')).toBe('assert')
  })

  it('resolves он in the next sentence and a ministry named in Russian', () => {
    expect(
      quotes(
        'Юрий Борисов провёл совещание в Москве. Он отметил, что сроки поставок не изменятся. МИД Армении сообщил, что посол вернётся в Ереван.',
      ).map(([text, , speaker]) => [text, speaker]),
    ).toEqual([
      ['сроки поставок не изменятся', 'yuri-borisov'],
      ['посол вернётся в Ереван', 'ARM-MFA'],
    ])
  })

  it('reads по словам X and как сообщает X before the content', () => {
    expect(
      quotes(
        'По словам Пашиняна, работы на трассе завершатся к маю. Как сообщает пресс-служба правительства, заседание перенесено на пятницу.',
      ).map(([text, , speaker, cue]) => [text, speaker, cue]),
    ).toEqual([
      ['работы на трассе завершатся к маю', 'nikol-pashinyan', 'по словам'],
      ['заседание перенесено на пятницу', 'пресс-служба правительства', 'как сообщает'],
    ])
  })

  it('splits statements joined by и and reads Об этом X сказал after the statement', () => {
    expect(
      quotes(
        'Армения закроет посольство в Минске. Об этом Никол Пашинян сказал журналистам в среду. Пашинян сказал, что переговоры идут трудно, и пообещал вернуться к теме позже.',
      ).map(([text, , speaker, cue]) => [text, speaker, cue]),
    ).toEqual([
      ['Армения закроет посольство в Минске', 'nikol-pashinyan', 'сказал'],
      ['переговоры идут трудно', 'nikol-pashinyan', 'сказал'],
      ['вернуться к теме позже', 'nikol-pashinyan', 'пообещал'],
    ])
  })

  it('reads whom a reply answers, and keeps a rejection classed as one', () => {
    const head = {
      ...bareHead(
        'Юрий Борисов раскритиковал решение Еревана о поставках. Пашинян ответил на критику Борисова, что Ереван не получал предложений. Пашинян отверг обвинения Борисова в срыве поставок.',
        '2024-03-14',
      ),
      language: 'ru',
    }
    const document = analysisDocument(head)
    expect(
      ofKind(runPipeline(pipeline, document, { kb }), 'quote').map((q) => q.value.cueClass),
    ).toEqual(['accuse', 'respond', 'reject'])
    // The answer is linked in the record to the statement it answers.
    const { record } = analyseArticle(head, { kb })
    expect(record.statements.map((s) => s.respondsTo?.speaker.actor ?? null)).toEqual([
      null,
      'yuri-borisov',
    ])
  })

  it('skips negated speech', () => {
    expect(quotes('Борисов не сказал, что поставки возобновятся в апреле.')).toEqual([])
  })

  it('leaves text the pipeline does not know to be Russian to the other rules', () => {
    expect(quotes('Пашинян заявил, что переговоры идут трудно.', 'en')).toEqual([])
  })
})
