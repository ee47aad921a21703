import type { CueClass, QuoteAnnotation } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { CUE_PATTERN, cueClass } from './cues.ts'
import { findMarkedQuotes } from './quote-marks.ts'
import { findReportedClauses } from './reported-clauses.ts'
import { readRespondsTo } from './responds-to.ts'

/** The cues of a trailing attribution, "told" with its listener as `told` writes it. */
const trailingCues = (told: string): string =>
  String.raw`said|says|say|Says|Said|added|adds|${told}|wrote|noted|explained|warned|argued|insisted|claimed|stressed|reported|reports|announced|tweeted`
/**
 * When and where a trailing attribution was made, between its cue and the sentence's end: "on
 * Friday", "Monday morning", "in an interview", "in a statement on Friday", "on Twitter".
 */
const TRAILING_CIRCUMSTANCE = String.raw`(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+week|this\s+week|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:in|during)\s+(?:an?|his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:interview|statement|speech|email|e-mail|post|tweet|letter|briefing|call|conference|address|appearance|report)|\s+on\s+(?:Twitter|Facebook|Telegram|X|television|TV|radio)){0,2}`
/** What may follow a trailing cue to the sentence's end: "… added on Friday." */
const TRAILING_END = String.raw`${TRAILING_CIRCUMSTANCE}\s*[.!?]?$`
/** A party tag after a name: "Sen. Ann Lee (D-Ore.) said". */
const PARTY_TAG = String.raw`(?:\s*\([^()]{1,20}\))?`
/** A description between commas after the speaker: "Lee, a Democrat from Ohio, said". */
const APPOSITION = String.raw`(?:,\s+(?:an?|the)\s+[^,;“”"«»„]{1,80}?,)`
/**
 * "…, a source said." / "…, the ministry added on Friday." / "…, Lee, a Democrat from Ohio, said
 * Monday.": the attribution closes the sentence.
 */
const TRAILING = new RegExp(
  String.raw`^(.{15,}?),\s+((?:he|she|they|we|(?:(?:the|a|an|another|two|three|several|one)\s+)?(?:[\p{L}’'.-]+\s+){0,4}?[\p{L}’'.-]+)${PARTY_TAG})${APPOSITION}?\s+(?:also\s+)?(${trailingCues(String.raw`told\s+(?:reporters|journalists|(?:the\s+)?[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})`)})${TRAILING_END}`,
  'u',
)
/** Verbs a description after "said" cannot hold: "said the crossing would stay open" is a clause. */
const VERB_WORD = String.raw`(?:would|will|is|was|were|are|has|had|have|can|could|should|must|may|might|did|does|do|not|be)\b`
/**
 * "…, said Ann Lee, a lawyer in Gyumri." / "…, said a spokesman for the ministry.": the cue before
 * its speaker, closing the sentence. The speaker is the name or description up to its
 * apposition or relative clause, which may run to the sentence's end.
 */
const TRAILING_INVERTED = new RegExp(
  String.raw`^(.{15,}?),\s+(said|says|added|noted|wrote|explained|argued|insisted|warned|stressed|reported)\s+((?:(?:the|a|an|another|one)(?:\s+(?!${VERB_WORD})[\p{L}’'-]+){1,6}?|(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'-]+)${PARTY_TAG})(?:${TRAILING_CIRCUMSTANCE}\s*[.!?]?$|(?:,|\s+(?:who|which|--|—|–))\s)`,
  'u',
)
/** What TRAILING_INVERTED needs, tried first: most sentences hold no ", said X". */
const INVERTED_CUE =
  /,\s+(?:said|says|added|noted|wrote|explained|argued|insisted|warned|stressed|reported)\s/u
/**
 * What TRAILING needs at the sentence's end, tried first on its last characters: TRAILING, tried
 * from the start, is slow, and most sentences do not end in an attribution.
 */
const TRAILING_TAIL = new RegExp(
  String.raw`\b(?:${trailingCues(String.raw`told\s[^,]+`)})${TRAILING_END}`,
  'u',
)
/** Characters TRAILING_TAIL is tried on: its longest match ("told the … on Wednesday.") fits. */
const TAIL_CHARS = 200
/**
 * "…, according to the poll.", "…, according to the poll, twice the share of …": the source
 * closes the sentence, or the clause before its comma.
 */
const TRAILING_ACCORDING = /^(.{15,}?),\s+according\s+to\s+([^,]{2,80}?)(?:[.!?]?$|,\s)/u
/** A cue of a report of its own: "…, according to X, and said …" goes on with another one. */
const OWN_CUE = new RegExp(String.raw`\b(?:${CUE_PATTERN}|who|which)\b`, 'u')

/** TRAILING_ACCORDING's match, unless the words after the source report something else. */
function trailingAccording(text: string): RegExpExecArray | null {
  const match = text.includes('according to') ? TRAILING_ACCORDING.exec(text) : null
  return match && !OWN_CUE.test(text.slice(match[0].length)) ? match : null
}
/**
 * "A fresh round of fighting, he warned, would …", "Armenia, the ministry stressed, still had …":
 * the attribution set inside the clause. Not when a direct quote follows ("Asked about it,
 * Beridze said, “…”" is the direct extractor's), nor inside a relative clause ("a step that,
 * the ministry said, was …", where the report is only that clause).
 */
const INTERPOLATED = new RegExp(
  String.raw`^(.{2,}?)(?<!\s(?:that|which|who)),\s+((?:he|she|they|we|the\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?|[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3}))\s+(?:also\s+)?(${CUE_PATTERN}),\s+(?![“"«„])`,
  'u',
)
/** TRAILING_INVERTED's match in TRAILING's shape: content, speaker, cue. */
function inverted(text: string): (string | undefined)[] | null {
  const match = TRAILING_INVERTED.exec(text)
  // "Ruben Hakobyan, a former envoy, said …": a subject and its apposition, not a report.
  return match && !SUBJECT_APPOSITION.test(match[1]!)
    ? [match[0], match[1]!, match[3]!, match[2]!]
    : null
}

/** A name and an apposition: "Ruben Hakobyan, a former envoy", "Lee, 61, of Gyumri". */
const SUBJECT_APPOSITION =
  /^(?!(?:In|On|At|Last|This|After|Before|During|But|And|However|Meanwhile|Still|Yet|So|Since|When|While|If|As|For)\b)(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{Lu}][\p{L}’'.-]*,/u

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
    const inQuote = (at: number) => quoted.some((q) => at > q.start && at < q.end)
    for (const sentence of context.sentences) {
      const text = body.slice(sentence.start, sentence.end)
      const clauses = this.#find(text, (at) => inQuote(sentence.start + at))
      if (clauses.length === 0) {
        continue
      }
      // Whom the sentence answers holds for each of its clauses: read once.
      const respondsTo = readRespondsTo(text)
      let previous: QuoteAnnotation['value'] | null = null
      for (const found of clauses) {
        const quote = this.#annotate(body, sentence, text, found, quoted, previous, respondsTo)
        if (quote) {
          out.push(quote)
          previous = found.nested ? previous : quote.value
        }
      }
    }
    return out
  }

  #annotate(
    body: string,
    sentence: { start: number; end: number },
    text: string,
    found: Found,
    quoted: { start: number; end: number }[],
    previous: QuoteAnnotation['value'] | null,
    respondsTo: string | null,
  ): QuoteAnnotation | null {
    const contentStart = sentence.start + found.contentOffset
    const contentEnd = sentence.start + (found.contentEnd ?? text.length)
    const raw = trimEnd(body.slice(contentStart, contentEnd))
    // Words between quotation marks are a direct quote, found by the direct extractor.
    const overlap = quoted.reduce(
      (sum, q) =>
        sum +
        Math.max(0, Math.min(q.end, contentStart + raw.length) - Math.max(q.start, contentStart)),
      0,
    )
    if (overlap > raw.length * 0.9) {
      return null
    }
    const content = found.cut ? `${raw.slice(0, found.cut.start)} ${raw.slice(found.cut.end)}` : raw
    if (content.split(/\s+/).length < (found.object ? 2 : 3)) {
      return null
    }
    const cueClassOf = respondsTo ? 'respond' : (found.cueClass ?? cueClass(found.cue))
    return {
      kind: 'quote',
      start: contentStart,
      end: contentStart + raw.length,
      text: raw,
      value: {
        // "…, adding that …" goes on with the speaker of the clause before.
        ...(found.continues && previous ? previous : this.#speaker(sentence.start, text, found)),
        quote: content,
        cue: found.cue,
        cueClass: cueClassOf,
        respondsToName: respondsTo,
      },
      certainty: 'stated',
      tags: [`extractor/${this.name}`],
    }
  }

  /** The clause's own speaker as written: the sentence's subject, or where the clause says. */
  #speaker(
    sentenceStart: number,
    text: string,
    found: Found,
  ): Pick<
    QuoteAnnotation['value'],
    'type' | 'speakerName' | 'speakerActor' | 'speakerRole' | 'speakerSpan'
  > {
    const subject = found.subject
      ? text.slice(found.subject.start, found.subject.end)
      : trimSubject(text.slice(0, found.subjectEnd))
    const subjectStart =
      sentenceStart +
      (found.subject ? found.subject.start : text.lastIndexOf(subject, found.subjectEnd))
    return {
      type: 'indirect',
      speakerName: subject,
      speakerActor: null,
      speakerRole: null,
      speakerSpan: subject ? { start: subjectStart, end: subjectStart + subject.length } : null,
    }
  }

  #find(text: string, inQuote: (at: number) => boolean): Found[] {
    const according = ACCORDING.exec(text)
    if (according) {
      return [
        {
          subjectEnd: according[0].length,
          contentOffset: according[0].length,
          cue: 'according to',
        },
      ]
    }
    const trailing =
      (TRAILING_TAIL.test(text.slice(-TAIL_CHARS)) ? TRAILING.exec(text) : null) ??
      trailingAccording(text) ??
      (INVERTED_CUE.test(text) ? inverted(text) : null)
    if (trailing && !/[“”"«»„]/.test(trailing[1]!)) {
      // "Peskov said the contingent would leave, TASS reported": the outlet relays the report
      // of the speaker it names.
      const relayed = /^report/i.test(trailing[3] ?? '')
        ? this.#clauses(text.slice(0, trailing[1]!.length), inQuote)
        : []
      if (relayed.length > 0) {
        return relayed
      }
      // The content comes first; the speaker and cue close the sentence.
      const speakerStart = text.indexOf(trailing[2]!, trailing[1]!.length)
      return [
        {
          subjectEnd: 0,
          contentOffset: 0,
          cue: (trailing[3] ?? 'according to')
            .toLowerCase()
            .replace(/\s+/g, ' ')
            .replace(/^told .*/, 'told'),
          subject: { start: speakerStart, end: speakerStart + trailing[2]!.length },
          cut: { start: trailing[1]!.length, end: text.length },
        },
      ]
    }
    const interpolated = INTERPOLATED.exec(text)
    if (interpolated) {
      // The quote is the whole sentence; the speaker sits between the commas.
      const speakerStart =
        interpolated[1]!.length +
        interpolated[0].slice(interpolated[1]!.length).indexOf(interpolated[2]!)
      return [
        {
          subjectEnd: 0,
          contentOffset: 0,
          cue: interpolated[3]!.toLowerCase(),
          subject: { start: speakerStart, end: speakerStart + interpolated[2]!.length },
          cut: { start: interpolated[1]!.length, end: interpolated[0].length },
        },
      ]
    }
    return this.#clauses(text, inQuote)
  }

  #clauses(text: string, inQuote: (at: number) => boolean): Found[] {
    return findReportedClauses(text, inQuote).map((clause) => ({
      subjectEnd: clause.subjectEnd,
      contentOffset: clause.contentStart,
      contentEnd: clause.contentEnd,
      cue: clause.cue,
      cueClass: clause.cueClass,
      ...(clause.subject ? { subject: clause.subject } : {}),
      continues: clause.continues,
      nested: clause.nested ?? false,
      object: clause.object ?? false,
    }))
  }
}

interface Found {
  subjectEnd: number
  contentOffset: number
  /** Where the content ends, when not at the end of the sentence. */
  contentEnd?: number
  cue: string
  cueClass?: CueClass
  /** The clause carries on the report before it, with the same speaker. */
  continues?: boolean
  /** The clause sits inside another's content and is not carried on by the next. */
  nested?: boolean
  /** The content is the cue verb's object, which two words can say. */
  object?: boolean
  /** Where the speaker is, when it is not the words before the cue. */
  subject?: { start: number; end: number }
  /** The attribution to cut out of the quoted clause. */
  cut?: { start: number; end: number }
}

/** Up to five capitalised words: a name. */
const NAME = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{Lu}][\p{L}’'.-]*$/u
/** A person's or body's name, with the function words of a body's: "the Conference of Mayors". */
const ORG_OR_NAME =
  /^(?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+(?:(?:of|for|the|and|on)\s+){0,2}[\p{Lu}][\p{L}’'.-]*){0,6}$/u

/** A name in a list of speakers ("the United Nations"), not an opening word ("On Friday"). */
const LIST_ITEM =
  /^(?!(?:On|In|At|By|For|From|With|After|Before|During|Since|Earlier|Later|Meanwhile|However|Also|But|And|Then|So|Yet|Still|Now|Separately|Instead|Indeed|Finally|Moreover|Today|Yesterday|Asked|Speaking)\b)(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{Lu}][\p{L}’'.-]*$/u

/**
 * The subject: the last clause before the cue, without leading adverbials. A direct quote
 * before it is not part of it ("“…,” she wrote, adding that" → she). An apposition closed by a
 * comma or a dash right before the cue describes the subject before it: "Ruben Hakobyan, a
 * former envoy, said" → Ruben Hakobyan; but when the subject is a description and the
 * apposition a name, the name: "the ministry's spokeswoman, Ani Badalyan, said".
 */
function trimSubject(head: string): string {
  const lastMark = Math.max(head.lastIndexOf('”'), head.lastIndexOf('"'), head.lastIndexOf('»'))
  const text = head
    .slice(lastMark + 1)
    .replace(/\s+(--|—|–)\s+.*?\s+\1\s*$/u, ', ')
    // "Ann Lee, 59, of Springfield, Va., said": the age and home town describe the subject.
    .replace(/,\s+(?:\d{1,3},\s+)?of\s+\p{Lu}[^,]*(?:,\s+\p{Lu}[\p{L}.]*)?,\s*$/u, ', ')
    // "Proponents, including the Conference of Mayors, have urged": the auxiliary after the
    // apposition's comma belongs to the cue.
    .replace(
      /,\s+(?:has|have|had|will|would|can|could|may|might|must|should)(?:\s+(?:also|long|since|already|repeatedly))?\s*$/u,
      ', ',
    )
  const parts = text.split(/,\s+|;\s+|\s+(?:—|--)\s+/).filter((part) => part.trim().length > 0)
  // "Ann Lee, head of the union, which represents teachers, said": the relative clause
  // describes the apposition, which describes the subject.
  while (
    /,\s*$/.test(text) &&
    parts.length >= 3 &&
    /^\s*(?:who|which|whose)\s/u.test(parts.at(-1)!)
  ) {
    parts.pop()
  }
  if (/,\s*$/.test(text) && parts.length >= 2) {
    const apposition = parts.pop()!.trim()
    const before = parts[parts.length - 1]!.trim()
    // "Proponents, including the United States Conference of Mayors, …": the one named speaks.
    const member = /^(?:including|among them|notably)\s+(.+)$/u.exec(apposition)?.[1]
    if (member && ORG_OR_NAME.test(member)) {
      parts[parts.length - 1] = member
    } else if (
      NAME.test(apposition) &&
      !NAME.test(before) &&
      !/^(?:he|she|they|we|it)$/i.test(before)
    ) {
      parts[parts.length - 1] = apposition
    }
  }
  let clause = parts.pop() ?? ''
  // "The European Union, France, the United Nations and the United States have called": the
  // names of a list before its "and" are part of the subject.
  while (/\band\s/u.test(clause) && parts.length > 0 && LIST_ITEM.test(parts.at(-1)!.trim())) {
    clause = `${parts.pop()!.trim()}, ${clause}`
  }
  // "On Friday she said": the pronoun, whatever comes before it.
  const pronoun = /(?:^|\s)(he|she|they|we|it)\s*$/iu.exec(clause)
  if (pronoun) {
    return pronoun[1]!
  }
  return (
    clause
      .replace(/^\s*(?:According to\s+)?/i, '')
      .replace(/^(?:when|while|as|after|before|since|if|although|because)\s+/u, '')
      .replace(
        /^(?:On|In|At|Earlier|Later|Meanwhile|However|Also|But|And|When|While|As|If|Although|Because|Since|After|Before|Then|So|Yet|Still|Now)\b(?!\s+(?:many|some|most|several|few|other)\s)[^A-Z]*?(?=[A-Z])/u,
        '',
      )
      // "But critics say": a conjunction before a subject in lower case is not part of it.
      .replace(/^(?:But|And|Yet|So|Still|Now)\s+(?=\p{Ll})/u, '')
      // "…, and several journalists said", "…, but Lee said": the clause's conjunction.
      .replace(/^(?:and|but|yet|while|whereas)\s+(?=\S)/u, '')
      // "The governor has long said": every auxiliary and adverb between subject and cue.
      .replace(
        /(?:\s+(?:also|then|later|has|had|have|again|now|often|still|repeatedly|previously|once|long|always|already|recently|publicly|privately|openly|since))+\s*$/i,
        '',
      )
      .trim()
  )
}

function trimEnd(text: string): string {
  return text.replace(/[\s.!?…]+$/u, '')
}
