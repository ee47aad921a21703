import type { QuoteAnnotation, Span } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import {
  isRussian,
  OBJECT_CUE,
  ruCueClass,
  RU_CUE_PATTERN,
  RU_GERUND_PATTERN,
  WORD_END,
  WORD_START,
} from './cues-ru.ts'
import { findMarkedQuotes } from './quote-marks.ts'
import { readRespondsToRu } from './responds-to-ru.ts'
import { speakerAfterCue, subjectBefore, type SpeakerPhrase } from './speaker-ru.ts'

const CUE = new RegExp(String.raw`${WORD_START}(${RU_CUE_PATTERN})${WORD_END}`, 'giu')
/** "…, пообещав, что …": a participle adds a statement by the clause's speaker. */
const GERUND = new RegExp(String.raw`,\s+(${RU_GERUND_PATTERN})${WORD_END}`, 'giu')
/** The words between a verb and its "что" clause: "сказал телеканалу «Звезда», что". */
const THAT_CLAUSE = /^[^.;:!?]{0,70}?,?\s+что\s+/u
/** The source that opens a sentence: "По словам премьера,", "Как сообщает ТАСС,". */
const SOURCE_FIRST = new RegExp(
  String.raw`^(?:[\p{L}]+,\s+)?(по\s+словам|по\s+данным|по\s+сообщению|как\s+(?:${RU_CUE_PATTERN}))${WORD_END}\s+([^,.;:!?«»]{2,100}?),\s+`,
  'iu',
)
/** "По его словам, …": the source is a pronoun before the noun. */
const PRONOUN_SOURCE_FIRST = /^(?:[\p{L}]+,\s+)?по\s+(его|её|ее|их)\s+словам,\s+/iu
/** "Об этом X сказал …": the statement is the sentence before. */
const ABOUT_THIS = new RegExp(
  String.raw`^Об\s+этом\s+([^.;:!?«»]{2,100}?)\s+(${RU_CUE_PATTERN})${WORD_END}`,
  'u',
)
/** Where the reported content stops: another statement joined by "и" or "а". */
const NEXT_STATEMENT = new RegExp(
  String.raw`,?\s+(?:и|а)\s+(?:также\s+)?(?=(?:${RU_CUE_PATTERN}|${RU_GERUND_PATTERN})${WORD_END})`,
  'iu',
)

/** Fewer words than this is not a statement. */
const MIN_WORDS = 2

interface Found {
  content: Span
  speaker: SpeakerPhrase | null
  /** Where `speaker.offset` counts from. */
  speakerBase: number
  cue: string
}

/**
 * Finds reported speech in Russian text, sentence by sentence: "X заявил, что …", "X назвал
 * решение ошибкой", "X призвал стороны к миру", "X обвинил Y в том, что …", "По словам X, …",
 * "Как сообщает X, …", "…, пообещав, что …", and "Об этом X сказал …" after the statement.
 * Several statements joined by "и" are separate quotes of one speaker. The speaker span is the
 * subject as written; the attribution refiner resolves it.
 */
export class RussianIndirectQuoteExtractor implements Extractor {
  readonly name = 'quotes/indirect-ru'

  extract(context: ExtractContext): QuoteAnnotation[] {
    if (!isRussian(context.document)) {
      return []
    }
    const { body } = context.document
    const quoted = findMarkedQuotes(body, context.paragraphs).map((q) => q.outer)
    const out: QuoteAnnotation[] = []
    context.sentences.forEach((sentence, index) => {
      const previous = context.sentences[index - 1]
      const respondsTo = readRespondsToRu(body.slice(sentence.start, sentence.end))
      for (const found of findInSentence(body, sentence, previous ?? null, quoted)) {
        const raw = body.slice(found.content.start, found.content.end)
        if (raw.split(/\s+/).length < MIN_WORDS || mostlyQuoted(found.content, quoted)) {
          continue
        }
        const speakerStart = found.speaker ? found.speakerBase + found.speaker.offset : 0
        out.push({
          kind: 'quote',
          start: found.content.start,
          end: found.content.end,
          text: raw,
          value: {
            type: 'indirect',
            quote: raw,
            speakerName: found.speaker?.speaker ?? '',
            speakerActor: null,
            speakerRole: null,
            speakerSpan: found.speaker
              ? { start: speakerStart, end: speakerStart + found.speaker.speaker.length }
              : null,
            cue: found.cue,
            // A rejection or a denial that answers someone keeps its class.
            cueClass:
              respondsTo && ruCueClass(found.cue) === 'assert' ? 'respond' : ruCueClass(found.cue),
            respondsToName: respondsTo,
          },
          certainty: 'stated',
          tags: [`extractor/${this.name}`],
        })
      }
    })
    return out
  }
}

function findInSentence(
  body: string,
  sentence: Span,
  previous: Span | null,
  quoted: Span[],
): Found[] {
  const text = body.slice(sentence.start, sentence.end)
  const opening = sourceFirst(body, sentence, text) ?? aboutThis(body, sentence, text, previous)
  if (opening) {
    return [opening]
  }
  const out: Found[] = []
  const inside = (offset: number): boolean =>
    [...quoted, ...out.map((f) => f.content)].some(
      (q) => sentence.start + offset > q.start && sentence.start + offset < q.end,
    )
  const clauseSpeaker = verbStatements(body, sentence, text, inside, out)
  gerundStatements(body, sentence, text, inside, clauseSpeaker, out)
  return out.sort((a, b) => a.content.start - b.content.start)
}

/** "По словам X, …", "Как сообщает X, …", "По его словам, …": the source opens the sentence. */
function sourceFirst(body: string, sentence: Span, text: string): Found | null {
  const source = SOURCE_FIRST.exec(text)
  if (source?.[1] && source[2]) {
    const speakerOffset = source[0].indexOf(
      source[2],
      source[0].indexOf(source[1]) + source[1].length,
    )
    return {
      content: contentSpan(body, sentence.start + source[0].length, sentence.end),
      speaker: { speaker: source[2].trim(), offset: speakerOffset },
      speakerBase: sentence.start,
      cue: source[1].toLowerCase().replace(/\s+/g, ' '),
    }
  }
  const pronoun = PRONOUN_SOURCE_FIRST.exec(text)
  if (pronoun?.[1]) {
    return {
      content: contentSpan(body, sentence.start + pronoun[0].length, sentence.end),
      speaker: { speaker: pronoun[1], offset: pronoun[0].indexOf(pronoun[1]) },
      speakerBase: sentence.start,
      cue: 'по словам',
    }
  }
  return null
}

/** "Об этом X сказал …": the sentence before is the statement. */
function aboutThis(
  body: string,
  sentence: Span,
  text: string,
  previous: Span | null,
): Found | null {
  const about = ABOUT_THIS.exec(text)
  if (!about?.[1] || !about[2] || !previous) {
    return null
  }
  return {
    content: contentSpan(body, previous.start, previous.end),
    speaker: subjectBefore(text.slice(0, about.index + about[0].length - about[2].length)),
    speakerBase: sentence.start,
    cue: about[2].toLowerCase(),
  }
}

interface ClauseSpeaker {
  phrase: SpeakerPhrase
  base: number
}

/**
 * The statements of the sentence's finite verbs, added to `out`: "X заявил, что …", "X назвал
 * …", and verbs joined by "и" with the same speaker. Returns the clause's last speaker, which a
 * participle after it shares ("«…», — заявил он, пообещав, что …").
 */
function verbStatements(
  body: string,
  sentence: Span,
  text: string,
  inside: (offset: number) => boolean,
  out: Found[],
): ClauseSpeaker | null {
  let clauseSpeaker: ClauseSpeaker | null = null
  for (const match of text.matchAll(CUE)) {
    const cue = match[1]!
    const cueStart = match.index
    const cueEnd = cueStart + match[0].length
    // A cue inside a quote or inside a statement already found belongs to what was reported.
    if (inside(cueStart)) {
      continue
    }
    const after = text.slice(cueEnd)
    // "«…», — заявил он": a direct quote's attribution; it speaks for what follows too.
    if (/[—–]\s*$/u.test(text.slice(0, cueStart))) {
      const phrase = speakerAfterCue(after)
      if (phrase) {
        clauseSpeaker = { phrase, base: sentence.start + cueEnd }
      }
      continue
    }
    if (/(?:^|\s)не\s+$/iu.test(text.slice(0, cueStart)) || /^\s*[:«„]/u.test(after)) {
      continue
    }
    const joined = clauseSpeaker !== null && NEXT_JOIN.test(text.slice(0, cueStart))
    const subject = joined ? null : subjectBefore(text.slice(0, cueStart))
    if (subject) {
      clauseSpeaker = { phrase: subject, base: sentence.start }
    }
    const offset = contentOffset(cue, after)
    if (offset === null || !clauseSpeaker) {
      continue
    }
    out.push({
      content: contentSpan(body, sentence.start + cueEnd + offset, sentence.end),
      speaker: clauseSpeaker.phrase,
      speakerBase: clauseSpeaker.base,
      cue: cue.toLowerCase().replace(/\s+/g, ' '),
    })
  }
  return clauseSpeaker
}

/** "…, пообещав, что …": statements of participles, by the clause's speaker, added to `out`. */
function gerundStatements(
  body: string,
  sentence: Span,
  text: string,
  inside: (offset: number) => boolean,
  clauseSpeaker: ClauseSpeaker | null,
  out: Found[],
): void {
  for (const match of text.matchAll(GERUND)) {
    const gerund = match[1]!
    const gerundEnd = match.index + match[0].length
    const speaker = clauseSpeaker ?? speakerBeforeGerund(text.slice(0, match.index), sentence.start)
    const offset = contentOffset(gerund, text.slice(gerundEnd))
    if (!speaker || offset === null || inside(match.index)) {
      continue
    }
    out.push({
      content: contentSpan(body, sentence.start + gerundEnd + offset, sentence.end),
      speaker: speaker.phrase,
      speakerBase: speaker.base,
      cue: gerund.toLowerCase(),
    })
  }
}

/**
 * Where a verb's content starts in the words after it: after "что", or right away for a verb
 * whose object is the content. Null when the verb reports nothing here.
 */
function contentOffset(cue: string, after: string): number | null {
  const objectCue = OBJECT_CUE.test(cue.toLowerCase())
  const that = THAT_CLAUSE.exec(after)
  // "обвинил Y в том, что …": the accused and the charge are both the content.
  if (that && !(objectCue && /в\s+том,?\s+что\s+$/u.test(that[0]))) {
    return that[0].length
  }
  return objectCue ? (/^\s*/u.exec(after)?.[0].length ?? 0) : null
}

/** A verb joined to the clause before it by "и": "…, и пообещал связаться …". */
const NEXT_JOIN = /(?:^|[\s,])(?:и|а)\s+(?:также\s+)?$/iu

function speakerBeforeGerund(head: string, base: number): ClauseSpeaker | null {
  const cue = [...head.matchAll(CUE)].pop()
  const subject = cue ? subjectBefore(head.slice(0, cue.index)) : null
  return subject ? { phrase: subject, base } : null
}

/** The content from `start` to the next joined statement or the sentence's end. */
function contentSpan(body: string, start: number, sentenceEnd: number): Span {
  const rest = body.slice(start, sentenceEnd)
  const next = NEXT_STATEMENT.exec(rest)
  const text = (next ? rest.slice(0, next.index) : rest).replace(/[\s.!?…,;]+$/u, '')
  return { start, end: start + text.length }
}

/** Content that is mostly a direct quote belongs to the direct extractor. */
function mostlyQuoted(content: Span, quoted: Span[]): boolean {
  const overlap = quoted.reduce(
    (sum, q) => sum + Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start)),
    0,
  )
  return overlap > (content.end - content.start) * 0.9
}
