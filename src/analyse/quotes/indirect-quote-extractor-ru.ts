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
            respondsToActor: null,
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
  const at = (offset: number): number => sentence.start + offset
  const source = SOURCE_FIRST.exec(text)
  if (source?.[1] && source[2]) {
    const speakerOffset = source[0].indexOf(
      source[2],
      source[0].indexOf(source[1]) + source[1].length,
    )
    return [
      {
        content: contentSpan(body, at(source[0].length), sentence.end),
        speaker: { speaker: source[2].trim(), offset: speakerOffset },
        speakerBase: sentence.start,
        cue: source[1].toLowerCase().replace(/\s+/g, ' '),
      },
    ]
  }
  const pronounSource = PRONOUN_SOURCE_FIRST.exec(text)
  if (pronounSource?.[1]) {
    return [
      {
        content: contentSpan(body, at(pronounSource[0].length), sentence.end),
        speaker: { speaker: pronounSource[1], offset: pronounSource[0].indexOf(pronounSource[1]) },
        speakerBase: sentence.start,
        cue: 'по словам',
      },
    ]
  }
  const about = ABOUT_THIS.exec(text)
  if (about?.[1] && about[2] && previous) {
    const subject = subjectBefore(text.slice(0, about.index + about[0].length - about[2].length))
    return [
      {
        content: contentSpan(body, previous.start, previous.end),
        speaker: subject,
        speakerBase: sentence.start,
        cue: about[2].toLowerCase(),
      },
    ]
  }
  const out: Found[] = []
  // The speaker of the clause so far, for the statements joined to it.
  let clauseSpeaker: { phrase: SpeakerPhrase; base: number } | null = null
  for (const match of text.matchAll(CUE)) {
    const cue = match[1]!
    const cueStart = match.index
    const cueEnd = cueStart + match[0].length
    // A cue inside a quote or inside a statement already found belongs to what was reported.
    if (
      [...quoted, ...out.map((f) => f.content)].some(
        (q) => at(cueStart) > q.start && at(cueStart) < q.end,
      )
    ) {
      continue
    }
    const after = text.slice(cueEnd)
    // "«…», — заявил он": a direct quote's attribution; it speaks for what follows too.
    if (/[—–]\s*$/u.test(text.slice(0, cueStart))) {
      const phrase = speakerAfterCue(after)
      if (phrase) {
        clauseSpeaker = { phrase, base: at(cueEnd) }
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
    const objectCue = OBJECT_CUE.test(cue.toLowerCase())
    // "обвинил Y в том, что …": the accused and the charge are both the content.
    const thatClause = THAT_CLAUSE.exec(after)
    const that = objectCue && /в\s+том,?\s+что\s+$/u.test(thatClause?.[0] ?? '') ? null : thatClause
    const contentStart = that
      ? cueEnd + that[0].length
      : objectCue
        ? cueEnd + (/^\s*/u.exec(after)?.[0].length ?? 0)
        : -1
    if (contentStart < 0 || !clauseSpeaker) {
      continue
    }
    out.push({
      content: contentSpan(body, at(contentStart), sentence.end),
      speaker: clauseSpeaker.phrase,
      speakerBase: clauseSpeaker.base,
      cue: cue.toLowerCase().replace(/\s+/g, ' '),
    })
  }
  for (const match of text.matchAll(GERUND)) {
    const gerund = match[1]!
    const after = text.slice(match.index + match[0].length)
    const that = THAT_CLAUSE.exec(after)
    const speaker = clauseSpeaker ?? speakerBeforeGerund(text.slice(0, match.index), sentence.start)
    if (!speaker || (!that && !OBJECT_CUE.test(gerund.toLowerCase()))) {
      continue
    }
    const offset =
      match.index +
      match[0].length +
      (that ? that[0].length : (/^\s*/u.exec(after)?.[0].length ?? 0))
    out.push({
      content: contentSpan(body, at(offset), sentence.end),
      speaker: speaker.phrase,
      speakerBase: speaker.base,
      cue: gerund.toLowerCase(),
    })
  }
  return out.sort((a, b) => a.content.start - b.content.start)
}

/** A verb joined to the clause before it by "и": "…, и пообещал связаться …". */
const NEXT_JOIN = /(?:^|[\s,])(?:и|а)\s+(?:также\s+)?$/iu

function speakerBeforeGerund(
  head: string,
  base: number,
): { phrase: SpeakerPhrase; base: number } | null {
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
