import type { QuoteAnnotation, Span } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { isRussian, ruCueClass, RU_CUE_PATTERN, WORD_END, WORD_START } from './cues-ru.ts'
import { findMarkedQuotes } from './quote-marks.ts'
import { speakerAfterCue, subjectBefore, type SpeakerPhrase } from './speaker-ru.ts'

/** The dash after a quote that introduces its attribution: «…», — заявил он. */
const CUE_AFTER_DASH = new RegExp(
  String.raw`^\s*[,.!?…]?\s*[—–-]\s*(${RU_CUE_PATTERN})${WORD_END}`,
  'iu',
)
/** An attribution inside one pair of marks: «Мы готовы, — заявил он, — продолжать». */
const INTERRUPTION = new RegExp(
  String.raw`([,.!?…])\s*[—–]\s*(${RU_CUE_PATTERN})${WORD_END}([^—–«»]{1,120}?)[,.]\s*[—–]\s*`,
  'iu',
)
/** A cue that ends the words before a quote: "Лавров заявил:", "Как сказал Трамп,". */
const CUE_BEFORE = new RegExp(
  String.raw`${WORD_START}(${RU_CUE_PATTERN})${WORD_END}([^.!?«»„“”:]{0,80}?)[:,]\s*$`,
  'iu',
)

/** Fewer words than this between marks is a name or a title, not a quote. */
const MIN_WORDS = 3

interface Attribution {
  speaker: string
  span: Span
  cue: string
}

/**
 * Finds direct quotes in Russian text: «…» and „…“, attributed after the quote with a dash
 * («…», — заявил он), before it with a colon (Лавров заявил: «…»), or from inside it («…, —
 * сказал министр, — …», two quotes). A quote with no attribution of its own continues the one
 * before it in its paragraph when it starts a sentence; elsewhere marks set off names and
 * titles («Грузинская мечта»), which are not quotes.
 */
export class RussianDirectQuoteExtractor implements Extractor {
  readonly name = 'quotes/direct-ru'

  extract(context: ExtractContext): QuoteAnnotation[] {
    if (!isRussian(context.document)) {
      return []
    }
    const { body } = context.document
    const out: QuoteAnnotation[] = []
    let last: { attribution: Attribution; paragraphEnd: number } | null = null
    for (const marked of findMarkedQuotes(body, context.paragraphs)) {
      const paragraph = context.paragraphs.find(
        (p) => p.start <= marked.outer.start && marked.outer.start < p.end,
      )
      const interrupted = readInterruption(body, marked.inner)
      const own = interrupted?.attribution ?? attributionAround(body, marked.outer)
      const inherited =
        !own &&
        last &&
        marked.outer.start < last.paragraphEnd &&
        opensSentence(body, marked.outer.start)
          ? last.attribution
          : null
      if (own) {
        last = { attribution: own, paragraphEnd: paragraph?.end ?? marked.outer.end }
      }
      const attribution = own ?? inherited
      if (!attribution) {
        continue
      }
      for (const part of interrupted?.parts ?? [marked.inner]) {
        const quote = body.slice(part.start, part.end).trim()
        if (quote.split(/\s+/).length < MIN_WORDS) {
          continue
        }
        const start = part === marked.inner ? marked.outer.start : part.start
        const end = part === marked.inner ? marked.outer.end : part.end
        out.push({
          kind: 'quote',
          start,
          end,
          text: body.slice(start, end),
          value: {
            type: 'direct',
            quote,
            speakerName: attribution.speaker,
            speakerActor: null,
            speakerRole: null,
            speakerSpan: attribution.span,
            cue: attribution.cue,
            cueClass: ruCueClass(attribution.cue),
            respondsToName: null,
          },
          certainty: own ? 'stated' : 'inferred',
          tags: [`extractor/${this.name}`],
        })
      }
    }
    return out
  }
}

/** The attribution after the quote (with a dash) or before it (ending with a colon or comma). */
function attributionAround(body: string, outer: Span): Attribution | null {
  const after = body.slice(outer.end, outer.end + 200).split('\n')[0] ?? ''
  const dash = CUE_AFTER_DASH.exec(after)
  if (dash?.[1]) {
    const phrase = speakerAfterCue(after.slice(dash[0].length))
    if (phrase) {
      return attribution(phrase, outer.end + dash[0].length, dash[1])
    }
  }
  const windowStart = Math.max(0, outer.start - 200)
  const before = body.slice(windowStart, outer.start)
  const sentenceStart = Math.max(
    before.search(/[.!?…]\s+[^.!?…]*$/u) + 1,
    before.lastIndexOf('\n') + 1,
  )
  const sentence = before.slice(sentenceStart)
  const cue = CUE_BEFORE.exec(sentence)
  if (!cue?.[1] || /(?:^|\s)не\s+$/iu.test(sentence.slice(0, cue.index))) {
    return null
  }
  const sentenceOffset = windowStart + sentenceStart
  // "Как заявил Лавров," names the speaker after the verb; "Лавров заявил:" before it.
  const inverted = speakerAfterCue(cue[2] ?? '')
  if (inverted) {
    return attribution(inverted, sentenceOffset + cue.index + cue[1].length, cue[1])
  }
  const subject = subjectBefore(sentence.slice(0, cue.index))
  return subject ? attribution(subject, sentenceOffset, cue[1]) : null
}

/** The two halves of a quote broken by its attribution, and that attribution. */
function readInterruption(
  body: string,
  inner: Span,
): { parts: Span[]; attribution: Attribution } | null {
  const text = body.slice(inner.start, inner.end)
  const match = INTERRUPTION.exec(text)
  if (!match?.[2]) {
    return null
  }
  const cueEnd = match.index + match[0].indexOf(match[2]) + match[2].length
  const phrase = speakerAfterCue(text.slice(cueEnd, match.index + match[0].length))
  if (!phrase) {
    return null
  }
  return {
    parts: [
      { start: inner.start, end: inner.start + match.index + (match[1] === ',' ? 0 : 1) },
      { start: inner.start + match.index + match[0].length, end: inner.end },
    ],
    attribution: attribution(phrase, inner.start + cueEnd, match[2]),
  }
}

function attribution(phrase: SpeakerPhrase, base: number, cue: string): Attribution {
  const start = base + phrase.offset
  return {
    speaker: phrase.speaker,
    span: { start, end: start + phrase.speaker.length },
    cue: cue.toLowerCase().replace(/\s+/g, ' '),
  }
}

/** A quote that starts its paragraph or follows a sentence's end. */
function opensSentence(body: string, start: number): boolean {
  return /(?:^|\n|[.!?…]\s+|[—–]\s*)$/u.test(body.slice(Math.max(0, start - 3), start))
}
