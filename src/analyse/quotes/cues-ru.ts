import type { CueClass } from '../annotation.ts'
import type { AnalysisDocument } from '../pipeline.ts'

/** The Russian quote rules run only on documents the pipeline knows to be Russian. */
export function isRussian(document: AnalysisDocument): boolean {
  return document.language === 'ru'
}

/**
 * Russian reporting verbs by class, as past-tense stems: each takes the endings -л, -ла, -ло,
 * -ли (заявил, заявила, заявило, заявили) and -в for the adverbial participle (заявив).
 */
const PAST_STEMS: Readonly<Record<CueClass, readonly string[]>> = {
  assert: [
    'заяви',
    'сказа',
    'сообщи',
    'отмети',
    'подчеркну',
    'добави',
    'уточни',
    'указа',
    'поясни',
    'напомни',
    'констатирова',
    'пообеща',
    'обеща',
    'изложи',
    'назва',
    'не исключи',
    'призна',
    'рассказа',
  ],
  appeal: ['призва', 'потребова', 'попроси', 'предложи'],
  warn: ['предупреди', 'предупрежда', 'пригрози'],
  accuse: ['обвини', 'осуди', 'раскритикова'],
  deny: ['опроверга', 'отрица'],
  reject: ['отклони', 'отверга'],
  comment: ['прокомментирова'],
  respond: ['ответи', 'отвеча', 'возрази'],
}

/** Forms outside the stem pattern: present tense and verbs whose masculine past drops -л. */
const OTHER_FORMS: Readonly<Record<CueClass, readonly string[]>> = {
  assert: [
    'заявляет',
    'заявляют',
    'сообщает',
    'сообщают',
    'говорит',
    'говорят',
    'отмечает',
    'отмечают',
    'подчёркивает',
    'подчеркивает',
    'обещает',
    'обещают',
    'передаёт',
    'передает',
    'пишет',
  ],
  appeal: ['призывает', 'призывают', 'требует', 'требуют'],
  warn: ['предупреждает', 'предупреждают'],
  accuse: ['обвиняет', 'обвиняют'],
  deny: ['опроверг', 'опровергла', 'опровергло', 'опровергли', 'опровергает', 'отрицает'],
  reject: ['отверг', 'отвергла', 'отвергло', 'отвергли', 'отвергает', 'отвергнув'],
  comment: [],
  respond: ['отвечает'],
}

const CLASS_OF = new Map<string, CueClass>()
const GERUND_CLASS = new Map<string, CueClass>()
for (const [cueClass, stems] of Object.entries(PAST_STEMS) as [CueClass, readonly string[]][]) {
  for (const stem of stems) {
    for (const ending of ['л', 'ла', 'ло', 'ли']) {
      CLASS_OF.set(stem + ending, cueClass)
    }
    GERUND_CLASS.set(`${stem}в`, cueClass)
  }
}
for (const [cueClass, forms] of Object.entries(OTHER_FORMS) as [CueClass, readonly string[]][]) {
  for (const form of forms) {
    CLASS_OF.set(form, cueClass)
  }
}

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/ /g, '\\s+'))
    .join('|')
}

/** JavaScript's \b knows only ASCII letters; these bound a Cyrillic word. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}-])`
export const WORD_END = String.raw`(?![\p{L}\p{N}-])`

/** Every finite Russian cue as a regex alternation, longest first. */
export const RU_CUE_PATTERN = alternation(CLASS_OF.keys())
/** Adverbial participles that add a statement to the clause's verb: "…, пообещав, что …". */
export const RU_GERUND_PATTERN = alternation(GERUND_CLASS.keys())

/** The class of a Russian cue or participle as written; assert when unknown. */
export function ruCueClass(cue: string): CueClass {
  const key = cue.toLowerCase().replace(/\s+/g, ' ')
  return CLASS_OF.get(key) ?? GERUND_CLASS.get(key) ?? 'assert'
}

/** Verbs whose object is what was said: "назвал решение ошибкой", "призвал стороны к миру". */
export const OBJECT_CUE = new RegExp(
  String.raw`^(?:не\s+)?(?:изложи|назва|призва|потребова|попроси|обвини|осуди|раскритикова|отклони|отверг|опроверг|пообеща|обеща|предложи|пригрози)`,
  'u',
)

/** Third-person pronouns, and their possessives ("по его словам"), for a speaker named before. */
export const RU_PRONOUN = /^(?:он|она|они|его|её|ее|их)$/iu

/**
 * Nouns for a person's office, which stand for the person last named: "премьер", "глава
 * правительства", "министр", in any case ("по словам премьера").
 */
export const RU_ROLE_NOUN =
  /^(?:(?:[\p{Ll}-]+(?:ий|ый|ой|ая|ее|ие|ые)\s+)?(?:премьер(?:-министр)?|министр|президент|глава|пресс-секретар[ьяюе]|спикер|председател[ьяюе]|посол|генсек|лидер|руководител[ьяюе]|дипломат|политик)(?:а|у|ом|ем|е|ой|ю)?(?:\s+[\p{Ll}-]+){0,2})$/u

/** Nouns for a body that speaks as one: "министерство", "ведомство", "правительство". */
export const RU_BODY_NOUN =
  /^(?:министерств|ведомств|правительств|пресс-служб|кремл|администраци|посольств|парламент)/iu

/**
 * A lower-case noun phrase of one to four words that names a speaker without a name:
 * "белорусское телевидение", "западные партнёры". Verbs and conjunctions rule a phrase out.
 */
export function isRussianNounPhrase(text: string): boolean {
  const words = text.trim().split(/\s+/)
  return (
    words.length <= 4 &&
    words.every((w) => /^[\p{Script=Cyrillic}-]+$/u.test(w)) &&
    !words.some((w) => /^(?:и|а|но|что|как|или|не|это|который|которая|которые)$/iu.test(w)) &&
    !words.some((w) => CLASS_OF.has(w.toLowerCase()))
  )
}
