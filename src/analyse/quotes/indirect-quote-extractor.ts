import type { QuoteAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { CUE_PATTERN, cueClass } from './cues.ts'
import { findMarkedQuotes } from './quote-marks.ts'
import { readRespondsTo } from './responds-to.ts'

/** Words between a cue and its clause: "said on Friday in Yerevan that …", "told reporters on Friday that". */
const CIRCUMSTANCE = String.raw`(?:(?:on|in|at|during|after|before|last|this|late|earlier|later|to|told)\s+[^,;.“”"«»]{1,50}?\s+|(?:reporters|journalists|parliament|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\s+){0,3}`
const REPORTED = new RegExp(String.raw`\b(${CUE_PATTERN})\s+${CIRCUMSTANCE}that\s+`, 'giu')
/** "X said the CSTO had …": a clause with no "that", opened by a determiner, pronoun or name. */
const REPORTED_BARE = new RegExp(
  String.raw`\b(said|says|stated|warned|insisted|argued|claimed|added|noted|stressed|believes|told\s+\w+)\s+(?=(?:the|a|an|his|her|its|their|this|these|those|it|he|she|they|we|there|no|any|such|(?:[\p{Lu}][\p{L}’'.-]+\s+){1,3}(?:was|is|had|has|would|will|could|should|must|did|does|remained|were|are))\b)`,
  'gu',
)
/** "…, a source said." / "…, the ministry added on Friday.": the attribution closes the sentence. */
const TRAILING = new RegExp(
  String.raw`^(.{15,}?),\s+((?:he|she|they|we|(?:(?:the|a|an|another|two|three|several|one)\s+)?(?:[\p{L}’'.-]+\s+){0,4}?[\p{L}’'.-]+))\s+(?:also\s+)?(said|says|added|adds|told\s+(?:reporters|journalists|(?:the\s+)?[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})|wrote|noted|explained|warned|argued|insisted|claimed|stressed)(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+week))?\s*[.!?]?$`,
  'u',
)
/** "…, according to the poll.": the source closes the sentence. */
const TRAILING_ACCORDING = /^(.{15,}?),\s+according\s+to\s+([^,]{2,80}?)[.!?]?$/u
/**
 * "A fresh round of fighting, he warned, would …": the attribution set inside the clause. Not
 * when a direct quote follows: "Asked about it, Beridze said, “…”" is the direct extractor's.
 */
const INTERPOLATED = new RegExp(
  String.raw`^(.{8,}?),\s+((?:he|she|they|we|[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3}))\s+(?:also\s+)?(${CUE_PATTERN}),\s+(?![“"«„])`,
  'u',
)
const APPEAL =
  /\b(urged|urges|urge|called\s+on|calls\s+on|call\s+on|called\s+upon|appealed\s+to|asked|asks)\s+(?=[^,;.]{1,120}?\bto\s+\w)/giu
const SAYING =
  /,\s+(saying|stressing|adding|noting|stating|warning|arguing|insisting)\s+(?:that\s+)?/giu
const ACCORDING = /^\s*According\s+to\s+([^,]{2,120}),\s*/iu

/**
 * Finds reported speech, sentence by sentence: "X said that …", "X urged Y (not) to …",
 * "X responded …, saying that …", "X said the CSTO had …", "A new war, he warned, would …",
 * "According to X, …". The speaker span is the sentence's
 * subject as written (the words before the cue); the refiner resolves it to an actor.
 */
export class IndirectQuoteExtractor implements Extractor {
  readonly name = 'quotes/indirect'

  extract(context: ExtractContext): QuoteAnnotation[] {
    const { body } = context.document
    const out: QuoteAnnotation[] = []
    // A cue inside quotation marks belongs to the quoted speech, not to the report.
    const quoted = findMarkedQuotes(body, context.paragraphs).map((q) => q.outer)
    for (const sentence of context.sentences) {
      const text = body.slice(sentence.start, sentence.end)
      const found = this.#find(text)
      const cueAt = sentence.start + (found?.subjectEnd ?? 0)
      if (!found || quoted.some((q) => cueAt > q.start && cueAt < q.end)) {
        continue
      }
      const contentStart = sentence.start + found.contentOffset
      const raw = trimEnd(body.slice(contentStart, sentence.end))
      // Words between quotation marks are a direct quote, found by the direct extractor.
      const overlap = quoted.reduce(
        (sum, q) =>
          sum +
          Math.max(0, Math.min(q.end, contentStart + raw.length) - Math.max(q.start, contentStart)),
        0,
      )
      if (overlap > raw.length * 0.9) {
        continue
      }
      const content = found.cut
        ? `${raw.slice(0, found.cut.start)} ${raw.slice(found.cut.end)}`
        : raw
      if (content.split(/\s+/).length < 3) {
        continue
      }
      const subject = found.subject
        ? text.slice(found.subject.start, found.subject.end)
        : trimSubject(text.slice(0, found.subjectEnd))
      const subjectStart =
        sentence.start + (found.subject ? found.subject.start : text.indexOf(subject))
      const respondsTo = readRespondsTo(text)
      out.push({
        kind: 'quote',
        start: contentStart,
        end: contentStart + raw.length,
        text: raw,
        value: {
          type: 'indirect',
          quote: content,
          speakerName: subject,
          speakerActor: null,
          speakerRole: null,
          speakerSpan: subject ? { start: subjectStart, end: subjectStart + subject.length } : null,
          cue: found.cue,
          cueClass: respondsTo ? 'respond' : cueClass(found.cue),
          respondsToName: respondsTo,
        },
        certainty: 'stated',
        tags: [`extractor/${this.name}`],
      })
    }
    return out
  }

  #find(text: string): Found | null {
    const according = ACCORDING.exec(text)
    if (according) {
      return {
        subjectEnd: according[0].length,
        contentOffset: according[0].length,
        cue: 'according to',
      }
    }
    const trailing = TRAILING.exec(text) ?? TRAILING_ACCORDING.exec(text)
    if (trailing && !/[“”"«»„]/.test(trailing[1]!)) {
      // The content comes first; the speaker and cue close the sentence.
      const speakerStart = text.lastIndexOf(trailing[2]!)
      return {
        subjectEnd: 0,
        contentOffset: 0,
        cue: (trailing[3] ?? 'according to')
          .toLowerCase()
          .replace(/\s+/g, ' ')
          .replace(/^told .*/, 'told'),
        subject: { start: speakerStart, end: speakerStart + trailing[2]!.length },
        cut: { start: trailing[1]!.length, end: text.length },
      }
    }
    const interpolated = INTERPOLATED.exec(text)
    if (interpolated) {
      // The quote is the whole sentence; the speaker sits between the commas.
      const speakerStart =
        interpolated[1]!.length +
        interpolated[0].slice(interpolated[1]!.length).indexOf(interpolated[2]!)
      return {
        subjectEnd: 0,
        contentOffset: 0,
        cue: interpolated[3]!.toLowerCase(),
        subject: { start: speakerStart, end: speakerStart + interpolated[2]!.length },
        cut: { start: interpolated[1]!.length, end: interpolated[0].length },
      }
    }
    for (const pattern of [SAYING, REPORTED, APPEAL, REPORTED_BARE]) {
      pattern.lastIndex = 0
      const match = pattern.exec(text)
      if (match) {
        const cue = match[1]!.toLowerCase().replace(/\s+/g, ' ')
        if (pattern === SAYING) {
          // "X responded to Y, saying that …": the subject and cue come before the comma.
          const head = new RegExp(String.raw`\b(${CUE_PATTERN})\b`, 'iu').exec(
            text.slice(0, match.index),
          )
          return {
            subjectEnd: head ? head.index : match.index,
            contentOffset: match.index + match[0].length,
            cue: head?.[1]?.toLowerCase() ?? cue,
          }
        }
        return { subjectEnd: match.index, contentOffset: match.index + match[0].length, cue }
      }
    }
    return null
  }
}

interface Found {
  subjectEnd: number
  contentOffset: number
  cue: string
  /** Where the speaker is, when it is not the words before the cue. */
  subject?: { start: number; end: number }
  /** The attribution to cut out of the quoted clause. */
  cut?: { start: number; end: number }
}

/** Up to five capitalised words: a name. */
const NAME = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{Lu}][\p{L}’'.-]*$/u

/**
 * The subject: the last clause before the cue, without leading adverbials. A direct quote
 * before it is not part of it ("“…,” she wrote, adding that" → she). An apposition closed by a
 * comma or a dash right before the cue describes the subject before it: "Ruben Hakobyan, a
 * former envoy, said" → Ruben Hakobyan; but when the subject is a description and the
 * apposition a name, the name: "the ministry's spokeswoman, Ani Badalyan, said".
 */
function trimSubject(head: string): string {
  const lastMark = Math.max(head.lastIndexOf('”'), head.lastIndexOf('"'), head.lastIndexOf('»'))
  const text = head.slice(lastMark + 1).replace(/\s+(--|—|–)\s+.*?\s+\1\s*$/u, ', ')
  const parts = text.split(/,\s+|;\s+|\s+(?:—|--)\s+/).filter((part) => part.trim().length > 0)
  if (/,\s*$/.test(text) && parts.length >= 2) {
    const apposition = parts.pop()!.trim()
    const before = parts[parts.length - 1]!.trim()
    if (NAME.test(apposition) && !NAME.test(before) && !/^(?:he|she|they|we|it)$/i.test(before)) {
      parts[parts.length - 1] = apposition
    }
  }
  const clause = parts.pop() ?? ''
  return clause
    .replace(/^\s*(?:According to\s+)?/i, '')
    .replace(/^(?:On|In|At|Earlier|Later|Meanwhile|However|Also|But|And)\b[^A-Z]*?(?=[A-Z])/u, '')
    .replace(
      /\s+(?:also|then|later|has|had|have|again|now|often|still|repeatedly|previously|once)\s*$/i,
      '',
    )
    .trim()
}

function trimEnd(text: string): string {
  return text.replace(/[\s.!?…]+$/u, '')
}
