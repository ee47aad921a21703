import { RU_ROLE_NOUN, WORD_END } from './cues-ru.ts'

/** A speaker phrase and where it starts, relative to the text it was read from. */
export interface SpeakerPhrase {
  speaker: string
  offset: number
}

const PREPOSITION =
  /^(?:в|во|на|по|о|об|обо|с|со|к|ко|у|за|при|после|до|для|из|от|перед|через|между|над|под|про|около)$/iu
/** Conjunctions that open a clause before its subject: "…, а Петров заявил". */
const CONJUNCTION = /^(?:а|и|но|однако|зато)$/iu
/** Adverbs that sit between a subject and its verb: "Зурабишвили заранее пообещала". */
const ADVERB =
  /^(?:также|тоже|заранее|ещё|еще|уже|вновь|снова|вчера|сегодня|позднее|позже|ранее|тогда|неоднократно|публично|официально|прямо|лично|затем|потом|впоследствии|однако|же)$/iu
/** Most words a subject phrase may have. */
const MAX_WORDS = 8

const isCapitalised = (word: string): boolean => /^[\p{Lu}]/u.test(word)

/**
 * The subject of a Russian clause, read from the words before its verb: "Глава Дагестана
 * Сергей Меликов", "МИД России, в свою очередь," → МИД России, "На вопрос о базе Пашинян" →
 * Пашинян, "В том же интервью глава правительства" → глава правительства, "Ахмад Абдулаев в
 * видеообращении" → Ахмад Абдулаев. Null when no phrase short enough is left.
 */
export function subjectBefore(head: string): SpeakerPhrase | null {
  const lastMark = Math.max(head.lastIndexOf('»'), head.lastIndexOf('“'), head.lastIndexOf('”'))
  let text = head.slice(lastMark + 1)
  // A parenthetical closed by a comma right before the verb: "МИД России, в свою очередь,".
  if (/,\s*$/.test(text)) {
    text = text.replace(/,[^,]*,\s*$/u, ' ')
  }
  const clauseStart = Math.max(
    ...[',', ':', ';', ' — ', ' – ', '(', ')'].map((s) => {
      const at = text.lastIndexOf(s)
      return at < 0 ? 0 : at + s.length
    }),
  )
  const clause = text.slice(clauseStart)
  const words = [...clause.matchAll(/[^\s]+/gu)].map((m) => ({ text: m[0], start: m.index }))
  let from = 0
  let to = words.length
  while (from < to && CONJUNCTION.test(words[from]!.text)) {
    from++
  }
  if (PREPOSITION.test(words[from]?.text ?? '')) {
    // A leading circumstance: the subject is the last name, with the office before it.
    from += startAfterCircumstance(words.slice(from).map((w) => w.text))
  }
  while (to > from && ADVERB.test(words[to - 1]!.text)) {
    to--
  }
  // A trailing circumstance after a name: "Ахмад Абдулаев в видеообращении".
  for (let i = to - 1; i > from; i--) {
    if (isCapitalised(words[i]!.text)) {
      break
    }
    if (
      PREPOSITION.test(words[i]!.text) &&
      words.slice(from, i).some((w) => isCapitalised(w.text))
    ) {
      to = i
      break
    }
  }
  if (from >= to || to - from > MAX_WORDS) {
    return null
  }
  const first = words[from]!
  const last = words[to - 1]!
  const speaker = clause.slice(first.start, last.start + last.text.length).replace(/[.,]+$/u, '')
  return speaker ? { speaker, offset: lastMark + 1 + clauseStart + first.start } : null
}

/** Where the subject starts after a leading prepositional phrase. */
function startAfterCircumstance(words: string[]): number {
  let runStart = -1
  for (let i = words.length - 1; i > 0; i--) {
    if (isCapitalised(words[i]!)) {
      runStart = i
    } else if (runStart >= 0) {
      break
    }
  }
  const roleBefore = (limit: number): number => {
    for (let i = 1; i < limit; i++) {
      if (RU_ROLE_NOUN.test(words[i]!.toLowerCase())) {
        return i
      }
    }
    return -1
  }
  if (runStart >= 0) {
    const role = roleBefore(runStart)
    // An office right before the name belongs to it: "Об этом премьер-министр Никол Пашинян".
    return role >= 0 && words.slice(role + 1, runStart).every((w) => !PREPOSITION.test(w))
      ? role
      : runStart
  }
  const role = roleBefore(words.length)
  return role >= 0 ? role : words.length - 1
}

const PRONOUN_FIRST = new RegExp(String.raw`^\s+(он|она|они)${WORD_END}`, 'iu')
const STOP = /^(?:[,.;:!?—–«»„“”()]|$)/u

/**
 * The speaker written after a verb, as in "— заявил он журналистам", "— сказал Трамп на
 * церемонии", "— сказал министр", "Как сообщил глава ведомства Иван Петров,": a pronoun, a
 * phrase ending on a capitalised name, or an office. `text` starts right after the verb.
 */
export function speakerAfterCue(text: string): SpeakerPhrase | null {
  const pronoun = PRONOUN_FIRST.exec(text)
  if (pronoun?.[1]) {
    return { speaker: pronoun[1], offset: pronoun[0].length - pronoun[1].length }
  }
  const words: { text: string; start: number }[] = []
  for (const match of text.matchAll(/[^\s,.;:!?—–«»„“”()]+|[,.;:!?—–«»„“”()]/gu)) {
    if (STOP.test(match[0]) || PREPOSITION.test(match[0]) || words.length === MAX_WORDS) {
      break
    }
    words.push({ text: match[0], start: match.index })
  }
  let end = words.length
  while (end > 0 && !isCapitalised(words[end - 1]!.text)) {
    end--
  }
  if (end === 0) {
    // No name: an office on its own, "сказал министр", "добавил глава МИД".
    for (let n = Math.min(3, words.length); n > 0; n--) {
      const phrase = words
        .slice(0, n)
        .map((w) => w.text)
        .join(' ')
      if (RU_ROLE_NOUN.test(phrase.toLowerCase())) {
        return {
          speaker: text.slice(words[0]!.start, words[n - 1]!.start + words[n - 1]!.text.length),
          offset: words[0]!.start,
        }
      }
    }
    return null
  }
  const first = words[0]!
  const last = words[end - 1]!
  return { speaker: text.slice(first.start, last.start + last.text.length), offset: first.start }
}
