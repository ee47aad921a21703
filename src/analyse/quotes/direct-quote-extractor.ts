import type { QuoteAnnotation, Span } from '../annotation.ts'
import type { ExtractContext, Extractor } from '../pipeline.ts'
import { spanAt } from '../text.ts'
import { mainSubject } from './clause-subject.ts'
import { CUE_PATTERN, cueClass, NOT_AFTER_DETERMINER } from './cues.ts'
import { isRussian } from './cues-ru.ts'
import { findMarkedQuotes } from './quote-marks.ts'

/** A speaker as written: a pronoun, "the spokesperson", or a capitalised name with its title. */
const SPEAKER = String.raw`(?:he|she|they|we|it|[Tt]he\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,5}?|(?:[\p{Lu}][\p{L}’'.-]*\s+){0,5}[\p{Lu}][\p{L}’'-]+)`
/** An adverb between a speaker and the cue: "often say", "forcefully told", not "family". */
const ADVERB = String.raw`(?:(?!(?:family|ally|rally|assembly|July|Italy)\b)\p{Ll}{3,}ly\s+|often\s+)?`
const AFTER = new RegExp(
  String.raw`^\s*[,.!?…]?\s*(?:—\s*)?(?:(${SPEAKER})\s+(?:also\s+|then\s+|later\s+)?${ADVERB}(${CUE_PATTERN})|(${CUE_PATTERN})\s+(${SPEAKER}))\b`,
  'u',
)
/** `”, said 9/11 widow Ann Lee`: the cue first, then a phrase that opens in lower case. */
const CUE_FIRST = new RegExp(String.raw`^\s*[,.!?…]?\s*(?:—\s*)?(${CUE_PATTERN})\s+`, 'u')
/**
 * Up to four appositions between a name and its cue, after commas or between dashes: "Jo Roe, 59, of
 * Ashton, Md., who watched, said", "Ann Lee, the head of Lee Media -- the firm that owns it --
 * told".
 */
const APPOSITIONS = String.raw`(?:,\s*[^,;“”"«»„]{1,100}?(?=,|\s+(?:--|—))|\s+(?:--|—)\s*[^;“”"«»„]{1,160}?\s*(?:--|—)(?=[,\s])){0,4},?`
/**
 * The speaker and cue earlier in the quote's sentence: `Pashinyan said he was “happy …”`, also
 * past a party tag or an apposition: `Beridze, at a briefing in Batumi, said: “…”`.
 */
const BEFORE = new RegExp(
  String.raw`\b(${SPEAKER})(?:\s*\([^)]{1,40}\))?${APPOSITIONS}\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?${ADVERB}(${CUE_PATTERN})\b([^.!?“”"«»„]{0,100})$`,
  'u',
)
/** A title's full stop, which does not end a sentence: "Mr. Lee's remarks". */
const TITLE_STOP = String.raw`(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|St|Prof))\.`
/**
 * `Lee called the ruling a “…”`, `Lee called Mr. Kim's remarks “…”`: a name given in quotes is
 * what its speaker said. Only with the quote right after the object, so "a group called X" and
 * "called for" stay out.
 */
const CALLED_BEFORE = new RegExp(
  String.raw`\b(${SPEAKER})${APPOSITIONS}\s+(?:also\s+|has\s+|had\s+)?${ADVERB}(called|calls|dubbed|labell?ed|branded)\s+(?!for\b|on\b|upon\b)((?:[^.!?“”"«»„,]|${TITLE_STOP}){1,80})$`,
  'u',
)
/**
 * `“…,” according to a statement from the ministry.`: the source after the quote, up to the
 * end of its sentence; a document's issuer stands for it.
 */
const ACCORDING_AFTER =
  /^\s*[,.]?\s*(?:—\s*)?according\s+to\s+(?:(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|readout|communiqu[eé]|post|transcript|report|letter)\s+(?:from|by|of|issued\s+by)\s+)?([^.;:“”"«»„]{2,100}?)(?:\s+(?:late\s+|early\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+week|this\s+week))?\s*(?=[.;]|$)/du
/** `According to Lee, “…”`: the source before the quote. */
const ACCORDING_BEFORE = /\bAccording\s+to\s+([^,.;“”"«»„]{2,80}),\s*$/u
/** `Said Ellis: “…”`, `Added Lee, “…”`: the cue before its speaker, before the quote. */
const SAID_NAME_BEFORE =
  /(?:^|[.!?]\s+|\n)(?:(Said|Added|Says|Adds)\s+)((?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'-]+)\s*[:,]\s*$/u
/**
 * `“…” of the plan, Lee said. “…”`: a quote opening a sentence right after one that ends on its
 * attribution carries it on.
 */
const SAID_BEFORE = new RegExp(
  String.raw`[,”"’']\s+(${SPEAKER})\s+(?:also\s+)?(${CUE_PATTERN})(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today))?\.\s*$`,
  'u',
)
/**
 * `“…” of the plan, Lee said.`: the attribution closes the sentence the quote opens, after
 * words of the reporter's own and no other quote.
 */
const CLOSES_SENTENCE = new RegExp(
  String.raw`^[^“”"«»„]*?,\s+(${SPEAKER})\s+(?:also\s+)?(${CUE_PATTERN})(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today))?[.!?]?\s*$`,
  'u',
)
/** `Lee attacked the plan, saying, “…”`: a participle carries on the sentence's subject. */
const PARTICIPLE_BEFORE = /,\s+(saying|adding|arguing|insisting|noting|writing)\s*[,:]?\s*$/u
/** A full stop that ends a sentence, not a title's or an initial's, and all after it. */
const SENTENCE_STOP =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Rev|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|Prof|\p{Lu}))\.\s.*$/u
/** A name that heads its appositions, not a pronoun or a description: "Jo Roe", not "The mayor". */
const HEAD_NAME = /^(?!(?:The|It|He|She|They|We)\b)\p{Lu}/u
/**
 * "In a panel in Washington, Ann Lee … told": a preposition's object before a comma closes an
 * opening phrase, it is not the subject; "Secretary of State Ann Lee" is a title.
 */
const PREPOSITION_BEFORE =
  /(?<!\p{Lu}[\p{L}.]*\s+)\b(?:in|at|of|from|on|for|to|with|by|near|until|after|before|since|during)\s+$/u
/** A possessive is no speaker: in "Lee's remarks", "remarks" is a noun. */
const POSSESSIVE = /['’]s$/u

/** Fewer words than this between marks is a name, a term or scare quotes, not a quote. */
const MIN_WORDS = 4
/**
 * A quote that opens its sentence, its attribution after it, is speech however short (“We
 * need change,” she said): scare quotes sit inside a sentence, not at its head.
 */
const MIN_WORDS_OPENING_ATTRIBUTED = 2

/**
 * Finds quotations between marks and reads their attribution from the words around them:
 * `“…,“ he said`, `"…" said Pashinyan`, `Pashinyan said: "…"`. A quote with no attribution of
 * its own keeps an empty speaker; the attribution refiner fills it from context.
 */
export class DirectQuoteExtractor implements Extractor {
  readonly name = 'quotes/direct'

  extract(context: ExtractContext): QuoteAnnotation[] {
    // Russian quotes follow other conventions: the Russian direct extractor reads them.
    if (isRussian(context.document)) {
      return []
    }
    const { body } = context.document
    const out: QuoteAnnotation[] = []
    // `“It is over,” Beridze said. “The talks …”`: a quote with no attribution of its own
    // continues the one before it in the paragraph, even one too short to keep.
    let last: { attribution: Attribution; paragraphEnd: number } | null = null
    for (const marked of findMarkedQuotes(body, context.paragraphs)) {
      const quote = body.slice(marked.inner.start, marked.inner.end).trim()
      const own = this.#attribution(body, marked.outer.start, marked.outer.end, context.sentences)
      const inherited =
        !own && last && marked.outer.start < last.paragraphEnd ? last.attribution : null
      if (own) {
        const paragraph = context.paragraphs.find(
          (p) => p.start <= marked.outer.start && marked.outer.start < p.end,
        )
        last = { attribution: own, paragraphEnd: paragraph?.end ?? marked.outer.end }
      }
      const opening = own !== null && leadsItsSentence(body, marked.outer, context.sentences)
      if (quote.split(/\s+/).length < (opening ? MIN_WORDS_OPENING_ATTRIBUTED : MIN_WORDS)) {
        continue
      }
      const attribution = own ?? inherited
      out.push({
        kind: 'quote',
        start: marked.outer.start,
        end: marked.outer.end,
        text: body.slice(marked.outer.start, marked.outer.end),
        value: {
          type: 'direct',
          quote,
          speakerName: attribution?.speaker ?? '',
          speakerActor: null,
          speakerRole: null,
          speakerSpan: attribution?.span ?? null,
          cue: attribution?.cue ?? '',
          cueClass: cueClass(attribution?.cue ?? 'said'),
          respondsToName: null,
        },
        certainty: own ? 'stated' : 'inferred',
        tags: [`extractor/${this.name}`],
      })
    }
    return out
  }

  #attribution(
    body: string,
    start: number,
    end: number,
    sentences: readonly Span[],
  ): Attribution | null {
    // The attribution of a quote stays in its paragraph, except for a quote standing alone as
    // a paragraph or heading, which the next paragraph attributes.
    const window = body.slice(end, end + 240)
    const alone = (start === 0 || body[start - 1] === '\n') && window.startsWith('\n')
    const lead = alone ? (/^\s*/.exec(window)?.[0].length ?? 0) : 0
    const following = lead + (window.slice(lead).split('\n')[0] ?? '').length
    const followingText = window.slice(0, following)
    const afterMatch = AFTER.exec(followingText.slice(0, 160 + lead))
    const ended = /[.!?]['’]*\s*$/u.test(body.slice(start, end - 1))
    // `“… for him.” She says it shows …`: a quote that ends its sentence is not the next
    // sentence's, whose capitalised pronoun opens a report of its own.
    const after =
      afterMatch &&
      /^(?:He|She|They|We|It)$/u.test(afterMatch[1] ?? '') &&
      ended &&
      /^\s+[\p{L}“"]/u.test(followingText.slice(afterMatch[0].length))
        ? null
        : afterMatch
    // "…," said MSNBC host Ara Petrosyan: the whole phrase, its name resolved by the refiner.
    const cueFirst = after?.[3]
      ? cueFirstPhrase(followingText.slice(after[0].length - (after[4] ?? '').length))
      : null
    const lowerFirst = after ? null : CUE_FIRST.exec(followingText)
    const lowerPhrase = lowerFirst
      ? cueFirstPhrase(followingText.slice(lowerFirst[0].length))
      : null
    if (lowerFirst && lowerPhrase) {
      const offset = end + lowerFirst[0].length
      return attributed(lowerPhrase, offset, lowerFirst[1]!)
    }
    const source = after ? null : ACCORDING_AFTER.exec(followingText)
    if (source) {
      const offset = end + source.indices![1]![0]
      return attributed(source[1]!, offset, 'according to')
    }
    if (after && cueFirst && after[4]) {
      const offset = end + after[0].length - after[4].length
      return attributed(cueFirst, offset, after[3] ?? '')
    }
    if (after) {
      // `,” reported Reuters. Another …`: the speaker after the cue ends with its sentence.
      const speaker = after[1] ?? after[4]?.replace(SENTENCE_STOP, '') ?? ''
      const cue = after[2] ?? after[3] ?? ''
      const offset =
        end + after[0].indexOf(speaker, after[1] ? 0 : after[0].indexOf(cue) + cue.length)
      return attributed(speaker, offset, cue)
    }
    // “… our content.” Jo Roe, 59, said: a quote that ends its sentence is not the next one's.
    const phrase = ended ? null : speakerPhraseAfter(followingText)
    if (phrase) {
      const offset = end + phrase.offset
      return attributed(phrase.speaker, offset, phrase.cue)
    }
    const windowStart = Math.max(0, start - 200)
    const beforeText = body.slice(windowStart, start)
    // The sentence splitter knows "Mr. King" and "Md., who" do not end a sentence.
    const sentenceStart = Math.max(
      (spanAt(sentences, start)?.start ?? 0) - windowStart,
      beforeText.lastIndexOf('\n') + 1,
      0,
    )
    // The speaker and cue nearest the quote: "Asked what Pashinyan had said, Lavrov replied: “…”".
    const sentence = beforeText.slice(sentenceStart)
    const saidName = SAID_NAME_BEFORE.exec(sentence)
    if (saidName) {
      const offset =
        windowStart + sentenceStart + saidName.index + saidName[0].lastIndexOf(saidName[2]!)
      return attributed(saidName[2]!, offset, saidName[1]!)
    }
    const according = ACCORDING_BEFORE.exec(sentence)
    if (according) {
      const offset =
        windowStart + sentenceStart + according.index + according[0].indexOf(according[1]!)
      return attributed(according[1]!, offset, 'according to')
    }
    const before = nearestSpeaker(sentence, BEFORE) ?? nearestSpeaker(sentence, CALLED_BEFORE)
    if (before) {
      return attributed(
        before[1] ?? '',
        windowStart + sentenceStart + before.index,
        before[2] ?? '',
      )
    }
    const participle = PARTICIPLE_BEFORE.exec(sentence)
    const subject = participle ? mainSubject(sentence, participle.index) : null
    if (participle && subject) {
      const speaker = sentence.slice(subject.start, subject.end)
      return attributed(speaker, windowStart + sentenceStart + subject.start, participle[1]!)
    }
    const closing = sentence.trim() === '' ? closingAttribution(body, end, sentences) : null
    if (closing) {
      return closing
    }
    const said = sentence.trim() === '' ? SAID_BEFORE.exec(beforeText) : null
    if (said) {
      const offset = windowStart + said.index + said[0].indexOf(said[1]!)
      return attributed(said[1]!, offset, said[2]!)
    }
    return null
  }
}

/**
 * The speaker and cue nearest the quote among the matches of `pattern` (groups: speaker, cue,
 * the words after the cue) in the sentence before it.
 */
function nearestSpeaker(sentence: string, pattern: RegExp): RegExpExecArray | null {
  let before: RegExpExecArray | null = null
  let from = 0
  for (let next = pattern.exec(sentence); next; next = pattern.exec(sentence.slice(from))) {
    next.index += from
    // "Miller wrote that Washington condemned the “…”": a cue inside the reported clause
    // is part of what was reported.
    const cueEnd = before
      ? before.index +
        before[0].indexOf(before[2] ?? '', before[1]?.length ?? 0) +
        (before[2]?.length ?? 0)
      : 0
    const between = before ? sentence.slice(cueEnd, next.index) : ''
    // "Jo Roe, the mayor of Ashton, said": of the phrases before one cue, the name heads them.
    const sameCue = before !== null && before[3]!.length === next[3]!.length
    if (
      !POSSESSIVE.test(next[1] ?? '') &&
      !(
        sentence[next.index + (next[1]?.length ?? 0)] === ',' &&
        PREPOSITION_BEFORE.test(sentence.slice(0, next.index))
      ) &&
      (!before || !/\bthat\b/.test(between) || between.includes(',')) &&
      !(sameCue && HEAD_NAME.test(before![1]!))
    ) {
      before = next
    }
    from = next.index + Math.max(1, next[1]?.length ?? 1)
  }
  return before
}

interface Attribution {
  speaker: string
  span: { start: number; end: number }
  cue: string
}

/** The attribution that closes the sentence of a quote ending at `end`, when one does. */
function closingAttribution(
  body: string,
  end: number,
  sentences: readonly Span[],
): Attribution | null {
  const sentence = spanAt(sentences, end - 1)
  const rest = sentence ? body.slice(end, sentence.end) : ''
  // `”, Lee said. “…`: the splitter may run the sentence on into the next quote.
  const next = /[“"«„]|''/u.exec(rest)
  const match = CLOSES_SENTENCE.exec(next ? rest.slice(0, next.index) : rest)
  if (!match) {
    return null
  }
  const speakerAt = match[0].lastIndexOf(match[1]!, match[0].length - match[2]!.length)
  return attributed(match[1]!, end + speakerAt, match[2]!)
}

/** The attribution to `speaker`, written at `offset` of the body, by `cue`. */
function attributed(speaker: string, offset: number, cue: string): Attribution {
  return { speaker, span: { start: offset, end: offset + speaker.length }, cue: normalise(cue) }
}

/**
 * The speaker phrase after a cue, to the first comma, relative clause, circumstance or
 * sentence end: "MSNBC host Ara Petrosyan on Friday." → MSNBC host Ara Petrosyan.
 */
function cueFirstPhrase(text: string): string | null {
  const end =
    /,|;|\s\(|\s(?:who|which|on|in|at|after|during|as|when|before|from|to|about|while)\s|(?<!\b(?:Mr|Mrs|Ms|Dr|Rev|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|Del|Prof|[\p{Lu}]))\.(?:\s|$)|[“”"«»]/u.exec(
      text,
    )
  const phrase = (end ? text.slice(0, end.index) : text).trim()
  const words = phrase.split(/\s+/)
  return words.length >= 2 &&
    words.length <= 8 &&
    !NOT_IN_PHRASE.test(phrase) &&
    /^\p{Lu}/u.test(words[words.length - 1] ?? '')
    ? phrase
    : null
}

const FIRST_CUE = new RegExp(String.raw`${NOT_AFTER_DETERMINER}\b(${CUE_PATTERN})\b`, 'u')
/** Words a speaker phrase cannot hold: verbs, conjunctions, relative pronouns. */
const NOT_IN_PHRASE =
  /\b(?:is|was|were|are|be|been|has|have|had|and|or|but|who|which|that|when|if|because|as|while|to|would|will|could|can|not|it)\b/
const TRAILING_ADVERB = /\s+(?:also|then|later|again|once|has|had|have|previously)\s*$/u

/**
 * The speaker written between a closing mark and the cue, when it is a longer phrase than a
 * name: `”, White House press secretary Karen Petrosyan said`, `” Rep. Anna Hakobyan (D-Ore.)
 * said`, `” Levon Mkrtchyan, a lawyer in Gyumri, said` (the apposition is not the speaker).
 * Null when the words are a clause rather than a noun phrase, or run past the sentence.
 */
function speakerPhraseAfter(
  after: string,
): { speaker: string; offset: number; cue: string } | null {
  const lead = /^\s*[,.!?…]?\s*(?:—\s*)?/u.exec(after)?.[0] ?? ''
  const rest = after.slice(lead.length)
  const cue = FIRST_CUE.exec(rest)
  if (!cue || cue.index === 0) {
    return null
  }
  const head = rest.slice(0, cue.index).replace(TRAILING_ADVERB, ' ')
  // An apposition must be closed by a comma before the cue: "X, a lawyer, said".
  const comma = head.indexOf(',')
  if (comma >= 0 && !/,\s*$/.test(head)) {
    return null
  }
  const phrase = (comma >= 0 ? headOrNamedApposition(head, comma) : head).replace(
    /\s*\([^)]{1,40}\)/gu,
    '',
  )
  const words = phrase.trim().split(/\s+/)
  const last = words[words.length - 1] ?? ''
  if (
    /[“”"«»„;:!?]/.test(head) ||
    /\b\p{Ll}{2,}\.\s/u.test(head) ||
    words.length > 8 ||
    NOT_IN_PHRASE.test(phrase) ||
    !/^\p{Lu}/u.test(last) ||
    !words.some((w) => /^\p{Lu}/u.test(w))
  ) {
    return null
  }
  const speaker = phrase.trim()
  return { speaker, offset: lead.length + rest.indexOf(speaker), cue: cue[1]! }
}

/**
 * The words before the first comma, or the name after it when they describe it: "Lee's
 * spokeswoman, Ann Roe," → Ann Roe; "Ann Roe, a lawyer," → Ann Roe.
 */
function headOrNamedApposition(head: string, comma: number): string {
  const first = head.slice(0, comma)
  const second = head
    .slice(comma + 1)
    .split(',')[0]!
    .trim()
  return /\s\p{Ll}[\p{L}-]*$/u.test(first) && APPOSED_NAME.test(second) ? second : first
}

/** Two to four capitalised words: a name in apposition. */
const APPOSED_NAME = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){1,3}[\p{Lu}][\p{L}’'-]+$/u

function normalise(cue: string): string {
  return cue.toLowerCase().replace(/\s+/g, ' ')
}

/**
 * Whether a quote opens its sentence and the sentence goes on after it: a quote standing alone
 * (a crosshead, attributed by the next paragraph) repeats one from the text.
 */
function leadsItsSentence(body: string, quote: Span, sentences: readonly Span[]): boolean {
  const sentence = spanAt(sentences, quote.start)
  return (
    sentence !== undefined &&
    body.slice(sentence.start, quote.start).trim() === '' &&
    body.slice(quote.end, sentence.end).trim() !== ''
  )
}
