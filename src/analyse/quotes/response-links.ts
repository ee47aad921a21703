import type { RecordStatement } from '../../core/article.ts'
import type { KnowledgeBase } from '../../kb/knowledge-base.ts'
import type { ActorAnnotation, QuoteAnnotation, Span } from '../annotation.ts'
import { spanAt, splitParagraphs, splitSentences } from '../text.ts'
import { CUE_PATTERN } from './cues.ts'
import {
  findAnsweredParties,
  findStatementReferences,
  isAnswerProper,
  findAnswerMark,
  mayAnswer,
  type AnsweredParty,
} from './responds-to.ts'

/** The party a quote answers; `widen` lets the answered statement be any of the party's side. */
interface AnswerFound {
  party: Party
  widen: boolean
  /** Read only from a paragraph's opening "X responded.": any other quote's finding goes first. */
  weak?: boolean
}

/** What one article's statements are linked from. */
export interface ResponseInput {
  articleId: string
  body: string
  quotes: readonly QuoteAnnotation[]
  /** The article's statements in reading order, each with the indexes of its quotes. */
  statements: readonly RecordStatement[]
  mentions: readonly ActorAnnotation[]
  kb: KnowledgeBase
}

interface Party {
  name: string
  actor: string | null
}

const KIND_ORDER = ['person', 'institution', 'organization', 'country', 'group']
/** A sentence that reports speech: "Pashinyan went further, telling a conference that …". */
const SPEECH = new RegExp(String.raw`\b(?:${CUE_PATTERN}|telling|saying|accusing|arguing)\b`, 'iu')

/**
 * Sets what each statement answers. An answer that names its target ("responded to X's
 * statement", "Asked about her remarks", "rejected the statement of X") links to that party.
 * One that names no one ("Kobakhidze replied that …") links only on evidence in the text: a
 * statement it names by its owner ("Baku's reaction"), the party its speaker answered earlier
 * in the article, the other speaker's statement right before it in the same paragraph, or the
 * speaker of reported speech just before it there. The answered statement is the speaker's
 * latest earlier statement in the article, when there is one.
 */
export function linkResponses(input: ResponseInput): RecordStatement[] {
  const linker = new ResponseLinker(input)
  const linked: RecordStatement[] = []
  input.statements.forEach((statement, index) => {
    linked.push({ ...statement, respondsTo: linker.answered(index, linked) })
  })
  return linked
}

class ResponseLinker {
  readonly #input: ResponseInput
  readonly #paragraphs: Span[]
  readonly #sentences: Span[]
  readonly #statementOf = new Map<number, number>()
  readonly #sentenceParties = new Map<Span, AnsweredParty[]>()
  readonly #sentenceReferences = new Map<Span, AnsweredParty[]>()
  readonly #paragraphAnswers = new Map<Span, boolean>()

  constructor(input: ResponseInput) {
    this.#input = input
    this.#paragraphs = splitParagraphs(input.body)
    this.#sentences = splitSentences(input.body)
    input.statements.forEach((statement, i) => {
      for (const quote of statement.quotes) {
        this.#statementOf.set(quote, i)
      }
    })
  }

  answered(index: number, earlier: readonly RecordStatement[]): RecordStatement['respondsTo'] {
    const statement = this.#input.statements[index]!
    // A paragraph's opening "X responded." is the weakest sign: any quote of the statement
    // that names what it answers goes first.
    let strong: AnswerFound | null = null
    let weak: AnswerFound | null = null
    for (const quoteIndex of statement.quotes) {
      const party = this.#partyFor(index, quoteIndex, earlier)
      if (party && !party.weak) {
        strong = party
        break
      }
      weak ??= party
    }
    const found = strong ?? weak
    if (found) {
      const answered = this.#latestBy(index, found.party, found.widen)
      return {
        speaker: found.party,
        article: answered ? this.#input.articleId : null,
        statement: answered?.id ?? null,
      }
    }
    return null
  }

  #partyFor(
    index: number,
    quoteIndex: number,
    earlier: readonly RecordStatement[],
  ): AnswerFound | null {
    const { body } = this.#input
    const speaker = this.#input.statements[index]!.speaker
    const region = this.#region(index, quoteIndex)
    const quoteStart = this.#input.quotes[quoteIndex]!.start
    const text = body.slice(region.start, region.end)
    const other = (party: Party | null): party is Party =>
      party !== null && !this.#sameActor(party, speaker) && !this.#ownCountry(party, speaker)
    // The region lies in one paragraph: when that says nothing is answered, only a language's
    // own extractor can have read an answered party.
    const mayAnswer = this.#paragraphMayAnswer(quoteStart)
    for (const found of mayAnswer ? this.#foundIn(region, this.#sentenceParties) : []) {
      const party = this.#resolve(found, region.start, index)
      if (
        other(party) &&
        !this.#someoneElseAnswers(region.start + found.markerAt, speaker, quoteStart, party)
      ) {
        return { party, widen: true }
      }
    }
    const nested = mayAnswer ? this.#answeredAroundTheirWords(index, quoteIndex, region) : null
    if (other(nested)) {
      return { party: nested, widen: true }
    }
    const named = this.#namedByExtractor(quoteIndex, region.start, text, index)
    if (other(named)) {
      return { party: named, widen: true }
    }
    if (!mayAnswer) {
      return null
    }
    const mark = findAnswerMark(this.#withoutQuotes(text, region.start))
    if (mark === null || this.#someoneElseAnswers(region.start + mark, speaker, quoteStart)) {
      return null
    }
    const otherSide = (party: Party | null): party is Party =>
      other(party) && !this.#sameSide(party, speaker)
    const reference = this.#foundIn(region, this.#sentenceReferences, findStatementReferences)
      .map((found) => this.#resolve(found, region.start, index))
      .find(otherSide)
    if (reference) {
      return { party: reference, widen: true }
    }
    const before = this.#answeredBefore(speaker, region.start, earlier)
    if (before) {
      return { party: before, widen: true }
    }
    const previous = this.#input.statements[index - 1]
    const previousEnd = previous ? this.#input.quotes[previous.quotes.at(-1)!]!.end : -1
    if (previous && previousEnd <= quoteStart && this.#sameParagraph(previousEnd - 1, quoteStart)) {
      return other(previous.speaker) ? { party: previous.speaker, widen: false } : null
    }
    // Reported speech before the answer's own sentence ("X went further, telling …. Y replied");
    // of the speaker's own side only a rival person, not a body speaking for the speaker.
    const reported = this.#reportedSpeaker(region, region.start + mark)
    const rival =
      reported !== null &&
      (!this.#sameSide(reported, speaker) || (this.#isPerson(reported) && this.#isPerson(speaker)))
    if (other(reported) && rival) {
      return { party: reported, widen: false }
    }
    // "Várhelyi responded the same day. He expressed «…»": a sentence of its own saying the
    // speaker answered, naming no one, before the paragraph's first quote, answers the statement
    // just before the paragraph when it is the other side's. A rejection is not enough: "X has
    // rejected claims that …" need not answer whoever spoke last.
    const ownSentence =
      spanAt(this.#sentences, region.start + mark) !== spanAt(this.#sentences, quoteStart)
    return previous &&
      !this.#sameParagraph(previousEnd - 1, quoteStart) &&
      ownSentence &&
      region.start + mark < quoteStart &&
      isAnswerProper(text.slice(mark)) &&
      this.#paragraphsApart(previousEnd - 1, quoteStart) <= 2 &&
      otherSide(previous.speaker)
      ? { party: previous.speaker, widen: false, weak: true }
      : null
  }

  /**
   * "Commenting on the interview in which X told France 24 that …, Y said: «…»": the answered
   * party's own reported words stand between the answer's marker and its quote, and the region
   * starts after them. The party is the one the sentence's marker names, when every quote of
   * another statement between the sentence's start and the region is that party's.
   */
  #answeredAroundTheirWords(index: number, quoteIndex: number, region: Span): Party | null {
    const sentence = spanAt(this.#sentences, this.#input.quotes[quoteIndex]!.start)
    if (!sentence || sentence.start >= region.start) {
      return null
    }
    const between = this.#input.quotes.flatMap((q, i) =>
      q.start >= sentence.start && q.end <= region.start && this.#statementOf.get(i) !== index
        ? [{ quote: q, speaker: this.#input.statements[this.#statementOf.get(i) ?? -1]?.speaker }]
        : [],
    )
    const firstQuote = between[0]?.quote.start
    if (firstQuote === undefined || between.some((b) => !b.speaker)) {
      return null
    }
    for (const found of this.#inSentence(sentence, this.#sentenceParties, findAnsweredParties)) {
      if (sentence.start + found.end > firstQuote || found.pronoun) {
        continue
      }
      const party = this.#resolve(found, sentence.start, index)
      if (party && between.every((b) => this.#sameActor(b.speaker!, party))) {
        return party
      }
    }
    return null
  }

  /**
   * The answer is not the speaker's: the words before it in its sentence name others, not the
   * speaker or their country ("Badalyan rejected the charges, …" is Badalyan's answer, whoever
   * the quote is by); or it stands in an earlier sentence whose subject is not the speaker's
   * side and which does not name the speaker ("Her comments rejected …" before another
   * speaker's quote).
   */
  #someoneElseAnswers(
    at: number,
    speaker: Party,
    quoteStart: number,
    answered: Party | null = null,
  ): boolean {
    const sentence = spanAt(this.#sentences, at)
    if (!sentence) {
      return false
    }
    const isSpeaker = (m: ActorAnnotation): boolean => {
      const party = { name: m.text, actor: m.value.actor }
      return this.#sameActor(party, speaker) || this.#sameSide(party, speaker)
    }
    const named = this.#input.mentions.filter(
      (m) => m.start >= sentence.start && m.end <= sentence.end && m.value.actor,
    )
    const subjects = named.filter((m) => m.end <= at)
    if (subjects.length > 0 && !subjects.some(isSpeaker)) {
      return true
    }
    // An earlier sentence is the speaker's when its subject is, or when it names the speaker
    // after a sentence-initial answer ("Responding to X's decision, Peskov was asked …").
    const speakerNamed = named.some(
      (m) => m.value.actor === speaker.actor && m.value.actor !== answered?.actor,
    )
    return quoteStart >= sentence.end && !subjects.some(isSpeaker) && !speakerNamed
  }

  /**
   * The text that frames a quote: from the paragraph's start, or the end of the last quote of
   * another statement before it in the paragraph, to the end of the quote's sentence.
   */
  #region(index: number, quoteIndex: number): Span {
    const { quotes } = this.#input
    const quote = quotes[quoteIndex]!
    const paragraph = spanAt(this.#paragraphs, quote.start) ?? { start: 0, end: quote.end }
    let start = paragraph.start
    let end = spanAt(this.#sentences, Math.max(quote.start, quote.end - 1))?.end ?? quote.end
    end = Math.max(end, quote.end)
    quotes.forEach((q, i) => {
      if (this.#statementOf.get(i) === index) {
        return
      }
      if (q.end <= quote.start && q.end > start) {
        start = q.end
      }
      if (q.start >= quote.end && q.start < end) {
        end = q.start
      }
    })
    return { start, end: Math.min(end, paragraph.end) }
  }

  /**
   * Quotes blanked out: an answer word in what is said ("the army answered with a
   * counter-offensive") does not make the statement an answer.
   */
  #withoutQuotes(text: string, offset: number): string {
    let out = text
    for (const q of this.#input.quotes) {
      if (q.end > offset && q.start < offset + text.length) {
        const from = Math.max(0, q.start - offset)
        const to = Math.min(text.length, q.end - offset)
        out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to)
      }
    }
    return out
  }

  /** Whether the paragraph at `at` may say anything is answered, read once per paragraph. */
  #paragraphMayAnswer(at: number): boolean {
    const paragraph = spanAt(this.#paragraphs, at)
    if (!paragraph) {
      return true
    }
    let may = this.#paragraphAnswers.get(paragraph)
    if (may === undefined) {
      may = mayAnswer(this.#input.body.slice(paragraph.start, paragraph.end))
      this.#paragraphAnswers.set(paragraph, may)
    }
    return may
  }

  /**
   * The party a language's own extractor read as answered ("ответил на критику Борисова"), when
   * the English patterns found none: resolved like a party they find, by the mentions it covers.
   */
  #namedByExtractor(quoteIndex: number, offset: number, text: string, index: number): Party | null {
    const name = this.#input.quotes[quoteIndex]!.value.respondsToName
    const at = name ? text.indexOf(name) : -1
    return name && at >= 0
      ? this.#resolve(
          { start: at, end: at + name.length, pronoun: false, markerAt: at },
          offset,
          index,
        )
      : null
  }

  #resolve(found: AnsweredParty, offset: number, index: number): Party | null {
    const { body, mentions, kb } = this.#input
    const start = offset + found.start
    const end = offset + found.end
    if (found.pronoun) {
      const wantPerson = /^(?:his|her)$/i.test(body.slice(start, end))
      const speaker = this.#input.statements[index]!.speaker
      return (
        this.#input.statements
          .slice(0, index)
          .reverse()
          .find(
            (s) => !this.#sameActor(s.speaker, speaker) && this.#isPerson(s.speaker) === wantPerson,
          )?.speaker ?? null
      )
    }
    const inside = mentions.filter((m) => m.start >= start && m.end <= end && m.value.actor)
    const best = inside.sort((a, b) => this.#rank(a.value.actor) - this.#rank(b.value.actor))[0]
    const written = body.slice(start, end).trim()
    const actor = best?.value.actor ?? kb.lookup(written.replace(/^the\s+/i, ''))[0]?.actor ?? null
    return { name: (actor && kb.get(actor)?.name) ?? best?.text ?? written, actor }
  }

  /** Whom the speaker already answered earlier in the article, in a statement or a sentence. */
  #answeredBefore(
    speaker: Party,
    before: number,
    earlier: readonly RecordStatement[],
  ): Party | null {
    if (!speaker.actor) {
      return null
    }
    const linked = [...earlier]
      .reverse()
      .find((s) => s.speaker.actor === speaker.actor && s.respondsTo)
    if (linked?.respondsTo) {
      return linked.respondsTo.speaker
    }
    const { mentions } = this.#input
    for (const sentence of this.#sentences) {
      if (sentence.end > before) {
        break
      }
      const found = this.#inSentence(sentence, this.#sentenceParties, findAnsweredParties)
      const subjectEnd = found[0]?.markerAt
      const bySpeaker = mentions.some(
        (m) =>
          m.value.actor === speaker.actor &&
          m.start >= sentence.start &&
          subjectEnd !== undefined &&
          m.end <= sentence.start + subjectEnd,
      )
      if (bySpeaker) {
        const parties = found
          .filter((p) => !p.pronoun)
          .map((p) => this.#resolve(p, sentence.start, 0))
          .filter((p): p is Party => p !== null && !this.#sameActor(p, speaker))
        const person = parties.find((p) => this.#isPerson(p)) ?? parties[0]
        if (person) {
          return person
        }
      }
    }
    return null
  }

  /** What `find` finds in one sentence, read once per article and kept in `cache`. */
  #inSentence(
    sentence: Span,
    cache: Map<Span, AnsweredParty[]>,
    find: (text: string) => AnsweredParty[],
  ): AnsweredParty[] {
    let found = cache.get(sentence)
    if (!found) {
      found = find(this.#input.body.slice(sentence.start, sentence.end))
      cache.set(sentence, found)
    }
    return found
  }

  /**
   * What `find` finds in a region, by offsets into the region's text. It reads whole sentences,
   * each once per article (regions of a paragraph's quotes overlap), and keeps what starts and
   * ends inside the region: no pattern reaches over a sentence's end.
   */
  #foundIn(
    region: Span,
    cache: Map<Span, AnsweredParty[]>,
    find: (text: string) => AnsweredParty[] = findAnsweredParties,
  ): AnsweredParty[] {
    const out: AnsweredParty[] = []
    const first = spanAt(this.#sentences, region.start)
    for (let i = first ? this.#sentences.indexOf(first) : 0; i < this.#sentences.length; i++) {
      const sentence = this.#sentences[i]!
      if (sentence.start >= region.end) {
        break
      }
      if (sentence.end <= region.start) {
        continue
      }
      const found = this.#inSentence(sentence, cache, find)
      const shift = sentence.start - region.start
      for (const party of found) {
        if (party.markerAt + shift >= 0 && party.end + sentence.start <= region.end) {
          out.push({
            ...party,
            start: party.start + shift,
            end: party.end + shift,
            markerAt: party.markerAt + shift,
          })
        }
      }
    }
    return out
  }

  /** The person or body whose speech a sentence of the region before the quote's reports. */
  #reportedSpeaker(region: Span, before: number): Party | null {
    const { body, mentions } = this.#input
    for (const sentence of this.#sentences) {
      if (sentence.start < region.start || sentence.end > before) {
        continue
      }
      if (!SPEECH.test(body.slice(sentence.start, sentence.end))) {
        continue
      }
      // The sentence's first actor is its subject; only a person or a body speaks.
      const named = mentions.find(
        (m) => m.start >= sentence.start && m.end <= sentence.end && m.value.actor,
      )
      if (named?.value.actor && this.#rank(named.value.actor) <= 1) {
        const actor = named.value.actor
        return { name: this.#input.kb.get(actor)?.name ?? named.text, actor }
      }
    }
    return null
  }

  /** The latest earlier statement by the party, or, when widened, by a body of its country. */
  #latestBy(index: number, party: Party, widen: boolean): RecordStatement | undefined {
    const earlier = this.#input.statements.slice(0, index).reverse()
    const own = earlier.find((s) =>
      party.actor ? s.speaker.actor === party.actor : s.speaker.name === party.name,
    )
    const country = party.actor && this.#input.kb.get(party.actor)?.kind === 'country'
    return (
      own ??
      (widen && country ? earlier.find((s) => this.#side(s.speaker) === party.actor) : undefined)
    )
  }

  /** How many paragraph breaks lie between two offsets, a heading's included. */
  #paragraphsApart(a: number, b: number): number {
    const from = spanAt(this.#paragraphs, a)
    const to = spanAt(this.#paragraphs, b)
    return from && to ? this.#paragraphs.indexOf(to) - this.#paragraphs.indexOf(from) : Infinity
  }

  #sameParagraph(a: number, b: number): boolean {
    return spanAt(this.#paragraphs, a) === spanAt(this.#paragraphs, b)
  }

  #sameActor(a: Party, b: Party): boolean {
    return a.actor !== null || b.actor !== null ? a.actor === b.actor : a.name === b.name
  }

  /** One party is the other's country: a state does not answer its own ministry. */
  #ownCountry(a: Party, b: Party): boolean {
    return (
      (a.actor !== null && a.actor === this.#side(b)) ||
      (b.actor !== null && b.actor === this.#side(a))
    )
  }

  /** Both parties belong to one known country. */
  #sameSide(a: Party, b: Party): boolean {
    const side = this.#side(a)
    return side !== null && side === this.#side(b)
  }

  #side(party: Party): string | null {
    const entry = party.actor ? this.#input.kb.get(party.actor) : undefined
    return entry ? (entry.kind === 'country' ? entry.id : (entry.country ?? null)) : null
  }

  #isPerson(party: Party): boolean {
    return party.actor?.startsWith('local:') === true || this.#kind(party.actor) === 'person'
  }

  #kind(actor: string | null): string {
    if (actor?.startsWith('local:')) {
      return 'person'
    }
    return (actor ? this.#input.kb.get(actor)?.kind : undefined) ?? 'group'
  }

  #rank(actor: string | null): number {
    return KIND_ORDER.indexOf(this.#kind(actor))
  }
}
