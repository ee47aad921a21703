import type { QuoteAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { CUE_PATTERN, cueClass } from './cues.ts'
import { readRespondsTo } from './responds-to.ts'

const REPORTED = new RegExp(String.raw`\b(${CUE_PATTERN})\s+(?:(?:on|last)\s+\w+\s+|in\s+a\s+statement\s+|(?:reporters|journalists)\s+)?that\s+`, 'giu')
const APPEAL = /\b(urged|urges|called\s+on|calls\s+on|called\s+upon|appealed\s+to|asked|asks)\s+(?=[^,;.]{1,120}?\bto\s+\w)/giu
const SAYING = /,\s+(saying|stressing|adding|noting|stating|warning|arguing|insisting)\s+(?:that\s+)?/giu
const ACCORDING = /^\s*According\s+to\s+([^,]{2,120}),\s*/iu

/**
 * Finds reported speech, sentence by sentence: "X said that …", "X urged Y (not) to …",
 * "X responded …, saying that …", "According to X, …". The speaker span is the sentence's
 * subject as written (the words before the cue); the refiner resolves it to an actor.
 */
export class IndirectQuoteExtractor implements Extractor {
  readonly name = 'quotes/indirect'

  extract(context: ExtractContext): QuoteAnnotation[] {
    const { body } = context.document
    const out: QuoteAnnotation[] = []
    for (const sentence of context.sentences) {
      const text = body.slice(sentence.start, sentence.end)
      const found = this.#find(text)
      if (!found) {
        continue
      }
      const contentStart = sentence.start + found.contentOffset
      const content = trimEnd(body.slice(contentStart, sentence.end))
      if (content.split(/\s+/).length < 3) {
        continue
      }
      const subject = trimSubject(text.slice(0, found.subjectEnd))
      const subjectStart = sentence.start + text.indexOf(subject)
      const respondsTo = readRespondsTo(text)
      out.push({
        kind: 'quote',
        start: contentStart,
        end: contentStart + content.length,
        text: content,
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
          respondsToActor: null,
        },
        certainty: 'stated',
        tags: [`extractor/${this.name}`],
      })
    }
    return out
  }

  #find(text: string): { subjectEnd: number; contentOffset: number; cue: string } | null {
    const according = ACCORDING.exec(text)
    if (according) {
      return { subjectEnd: according[0].length, contentOffset: according[0].length, cue: 'according to' }
    }
    for (const pattern of [SAYING, REPORTED, APPEAL]) {
      pattern.lastIndex = 0
      const match = pattern.exec(text)
      if (match) {
        const cue = match[1]!.toLowerCase().replace(/\s+/g, ' ')
        if (pattern === SAYING) {
          // "X responded to Y, saying that …": the subject and cue come before the comma.
          const head = new RegExp(String.raw`\b(${CUE_PATTERN})\b`, 'iu').exec(text.slice(0, match.index))
          return { subjectEnd: head ? head.index : match.index, contentOffset: match.index + match[0].length, cue: head?.[1]?.toLowerCase() ?? cue }
        }
        return { subjectEnd: match.index, contentOffset: pattern === APPEAL ? match.index + match[0].length : match.index + match[0].length, cue }
      }
    }
    return null
  }
}

/** The subject: the last clause before the cue, without leading adverbials. */
function trimSubject(head: string): string {
  const clause = head.split(/,\s+|;\s+|\s+—\s+/).filter((part) => part.trim().length > 0).pop() ?? ''
  return clause
    .replace(/^\s*(?:According to\s+)?/i, '')
    .replace(/^(?:On|In|At|Earlier|Later|Meanwhile|However|Also|But|And)\b[^A-Z]*?(?=[A-Z])/u, '')
    .replace(/\s+(?:also|then|later|has|had|have|again)\s*$/i, '')
    .trim()
}

function trimEnd(text: string): string {
  return text.replace(/[\s.!?…]+$/u, '')
}
