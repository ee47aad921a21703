import {
  ofKind,
  type ActorAnnotation,
  type Annotation,
  type QuoteAnnotation,
} from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'
import { isPersonOffice, OFFICE_ANAPHOR, officeOf } from '../actors/person-office-refiner.ts'
import { spanAt } from '../text.ts'
import { mainSubject } from './clause-subject.ts'
import { SPEAKER_PRONOUN } from './cues.ts'
import { isRussianNounPhrase, RU_BODY_NOUN, RU_PRONOUN, RU_ROLE_NOUN } from './cues-ru.ts'

/** How far back, in characters, a pronoun or an unattributed quote looks for its speaker. */
const LOOKBACK = 1500

/**
 * Resolves each quote's speaker to an actor: the person (else institution, organisation,
 * country) named in the speaker's words; for "he", "she" or "the spokesperson", the last person
 * named before the quote; for a quote with no attribution, the speaker of the quote before it
 * in the same or the previous paragraph.
 * Quotes whose speaker cannot be found at all are dropped.
 */
export class AttributionRefiner implements Refiner {
  readonly name = 'quotes/attribution'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const actors = ofKind(annotations, 'actor')
    const quoted = mentionsInMarks(actors, annotations)
    const out: Annotation[] = []
    let previous: QuoteAnnotation | null = null
    for (const annotation of annotations) {
      if (annotation.kind !== 'quote') {
        out.push(annotation)
        continue
      }
      const resolved = this.#resolve(context, annotation, actors, quoted, previous)
      if (resolved) {
        out.push(resolved)
        previous = resolved
      }
    }
    return out
  }

  #resolve(
    context: ExtractContext,
    quote: QuoteAnnotation,
    actors: ActorAnnotation[],
    quoted: ReadonlySet<ActorAnnotation>,
    previous: QuoteAnnotation | null,
  ): QuoteAnnotation | null {
    const value = quote.value
    const span = value.speakerSpan
    let speaker: ActorAnnotation | null = null
    let inferred = false
    if (span) {
      const words = context.document.body.slice(span.start, span.end).trim()
      const inside = actors.filter((a) => a.start >= span.start && a.end <= span.end)
      speaker = pickSpeaker(context, inside)
      const named = trailingName(context.document.body, span, inside)
      if (named) {
        // "German Chancellor Angela Merkel", "IMF chief economist Maury Obstfeld", "Pashinyan
        // ally Hayk Mamyan": the person the phrase ends on speaks, not the country, body or
        // person that qualifies them.
        return {
          ...quote,
          value: { ...value, speakerName: named.name, speakerRole: named.role },
          tags: [...quote.tags, `refiner/${this.name}`],
        }
      }
      const joint = jointSpeakers(context, span, inside, quote.start)
      if (joint) {
        // "The European Union and the United States called for …": a joint word, no one actor's.
        return {
          ...quote,
          value: { ...value, speakerName: joint, speakerActor: null, speakerRole: null },
          tags: [...quote.tags, `refiner/${this.name}`],
        }
      }
      const body =
        largerBody(context.document.body, span, inside) ??
        bodyOfPlace(context.document.body, span, inside) ??
        headlineDescription(context, span, inside)
      if (body) {
        // "The State Department Refugee Processing Center", "Voice of America": a body named
        // after the one it belongs to, or the place it serves, speaks for itself; so does a
        // headline's "White House Doctor".
        return {
          ...quote,
          value: { ...value, speakerName: body, speakerActor: null, speakerRole: null },
          tags: [...quote.tags, `refiner/${this.name}`],
        }
      }
      // "the Kremlin spokesman" is the person who speaks for the Kremlin, named before.
      const role = PERSON_ROLE.test(words) && !isPerson(context, speaker)
      if (role) {
        speaker = null
      }
      // "…,” the statement said": whoever issued it, the speaker before.
      if (
        !speaker &&
        DOCUMENT_NOUN.test(words) &&
        previous &&
        quote.start - previous.end < LOOKBACK
      ) {
        return this.#copySpeaker(quote, previous)
      }
      if (!speaker && (role || isAnaphor(words)) && !PLURAL_DESCRIPTION.test(words)) {
        // "his office" speaks for a person; "the ministry" for an institution.
        // "It said" stands for a body too.
        const wanted =
          (!role && INSTITUTION_NOUN.test(words) && !/^(?:his|her)\s/i.test(words)) ||
          /^it$/i.test(words) ||
          RU_BODY_NOUN.test(words)
            ? 'body'
            : 'person'
        // "Pashinyan was asked about Putin's claim that …. He said …": a report the sentence's
        // subject only mentions does not make its speaker the pronoun's.
        const subject =
          previous && wanted === 'person' && /^(?:he|she)$/iu.test(words)
            ? otherSubject(context, actors, quoted, previous, quote.start)
            : null
        if (subject) {
          return this.#resolved(context, quote, subject, true)
        }
        // "X responded to Y, saying …. “…,” she said": the pronoun continues the paragraph's
        // last speaker, not its last-named person.
        // "It said" continues the body that spoke last in the paragraph, or in the one before
        // when no other body is named since.
        if (
          previous &&
          (wanted === 'person'
            ? isPersonSpeaker(context, previous) &&
              sameParagraph(context, previous.start, quote.start) &&
              !namedBetween(context, actors, quoted, previous.end, quote.start, isPersonKind)
            : /^it$/i.test(words) &&
              isBodyKind(context.kb.get(previous.value.speakerActor ?? '')?.kind) &&
              (sameParagraph(context, previous.start, quote.start) ||
                (quote.start - previous.end < LOOKBACK &&
                  !namedBetween(context, actors, quoted, previous.end, quote.start, isBodyKind))))
        ) {
          return this.#copySpeaker(quote, previous)
        }
        // The speaker of "…," she said is named before the quote, never inside it.
        const noun =
          wanted === 'body' ? INSTITUTION_NOUN.exec(words)?.[0]?.toLowerCase() : undefined
        // "Aliyev mocked him for saying …": "him" is not the sentence's own subject, so is
        // named before the sentence.
        const before = /^(?:him|her|them)$/iu.test(words)
          ? (spanAt(context.sentences, span.start)?.start ?? span.start)
          : Math.min(span.start, quote.start)
        speaker = lastActorBefore(context, actors, quoted, before, wanted, noun)
        inferred = true
        // "According to his office": the body the person heads speaks.
        const office =
          speaker && OFFICE_ANAPHOR.test(words)
            ? officeOf(context, speaker.value.actor ?? '', context.document.published)
            : null
        if (speaker && office) {
          speaker = { ...speaker, text: words, value: { actor: office, role: null } }
        }
        // A speaker named by a name the knowledge base does not know ("Clinton said …. He
        // added …") is more recent than the last person it knows: the pronoun continues it.
        const previousSpan = previous?.value.speakerSpan
        if (
          wanted === 'person' &&
          previous &&
          previousSpan &&
          !previous.value.speakerActor &&
          NAME_LIKE.test(previous.value.speakerName) &&
          quote.start - previous.end < LOOKBACK &&
          previousSpan.end <= span.start &&
          (!speaker || speaker.end <= previousSpan.start)
        ) {
          return this.#copySpeaker(quote, previous)
        }
      }
      if (!speaker && !NAME_LIKE.test(words)) {
        // "Armenia's envoy, Viktor Biyagov, briefed … and warned that …": the subject was named
        // earlier in the sentence than the words right before the cue, outside another quote.
        const sentence = spanAt(context.sentences, span.start)
        const earlier = sentence
          ? actors.filter(
              (a) =>
                a.start >= sentence.start &&
                a.end <= span.end &&
                a.end <= quote.start &&
                !quoted.has(a),
            )
          : []
        speaker = pickSpeaker(context, earlier)
      }
    } else if (previous && quote.start - previous.end < LOOKBACK) {
      return this.#copySpeaker(quote, previous)
    }
    if (!speaker) {
      // Unknown to the KB but written as a name ("Sirojiddin Muhriddin"): keep it by name.
      // Anonymous but real: "a source", "officials", "the ministry's press service".
      // A source after "according to" is named as the text names it: "a Reuters survey".
      return NAME_LIKE.test(value.speakerName) ||
        ORG_NAME.test(value.speakerName) ||
        ANONYMOUS.test(value.speakerName) ||
        SHORT_NOUN_PHRASE.test(value.speakerName) ||
        isGroup(value.speakerName) ||
        (value.cue === 'according to' && value.speakerName.trim() !== '') ||
        // `“…,” she said`, "He noted that …" with no one named before: speech all the same,
        // its speaker unknown.
        (quote.certainty === 'stated' && SPEAKER_PRONOUN.test(value.speakerName)) ||
        isRussianNounPhrase(value.speakerName)
        ? quote
        : null
    }
    return this.#resolved(context, quote, speaker, inferred)
  }

  /** The quote given to `speaker`, as found (`inferred`: not named in the speaker's words). */
  #resolved(
    context: ExtractContext,
    quote: QuoteAnnotation,
    speaker: ActorAnnotation,
    inferred: boolean,
  ): QuoteAnnotation {
    const { value } = quote
    const span = value.speakerSpan
    const entry = speaker.value.actor ? context.kb.get(speaker.value.actor) : undefined
    const kbRole = speaker.value.actor
      ? context.kb.officeOn(speaker.value.actor, context.document.published)
      : undefined
    const members =
      span && !inferred
        ? someMembers(context.document.body.slice(span.start, span.end), speaker)
        : null
    const resolved: QuoteAnnotation = {
      ...quote,
      value: {
        ...value,
        speakerName: members ?? entry?.name ?? speaker.text,
        speakerActor: speaker.value.actor,
        speakerRole: speaker.value.role ?? kbRole ?? null,
      },
      certainty: inferred ? 'inferred' : quote.certainty,
      tags: [...quote.tags, `refiner/${this.name}`],
    }
    return resolved
  }

  #copySpeaker(quote: QuoteAnnotation, previous: QuoteAnnotation): QuoteAnnotation {
    const { speakerName, speakerActor, speakerRole, cue, cueClass } = previous.value
    return {
      ...quote,
      value: {
        ...quote.value,
        speakerName,
        speakerActor,
        speakerRole,
        cue: quote.value.cue || cue,
        cueClass: quote.value.cue ? quote.value.cueClass : cueClass,
      },
      certainty: 'inferred',
      tags: [...quote.tags, `refiner/${this.name}`],
    }
  }
}

/** A quote's speaker is a person: a person in the knowledge base, or a name it does not know. */
function isPersonSpeaker(context: ExtractContext, quote: QuoteAnnotation): boolean {
  const id = quote.value.speakerActor
  return id
    ? id.startsWith('local:') || context.kb.get(id)?.kind === 'person'
    : NAME_LIKE.test(quote.value.speakerName) && !INSTITUTION_NOUN.test(quote.value.speakerName)
}

const isBodyKind = (kind: string | undefined): boolean =>
  kind === 'institution' || kind === 'organization' || kind === 'country'
const isPersonKind = (kind: string | undefined): boolean => kind === 'person'

function kindOf(context: ExtractContext, mention: ActorAnnotation): string | undefined {
  const id = mention.value.actor ?? ''
  return id.startsWith('local:') ? 'person' : context.kb.get(id)?.kind
}

function isPerson(context: ExtractContext, mention: ActorAnnotation | null): boolean {
  return mention !== null && kindOf(context, mention) === 'person'
}

/** Whether an actor of a kind is named outside quotation marks between two offsets. */
function namedBetween(
  context: ExtractContext,
  actors: ActorAnnotation[],
  quoted: ReadonlySet<ActorAnnotation>,
  from: number,
  to: number,
  kind: (kind: string | undefined) => boolean,
): boolean {
  // The mentions are in text order: start at the first one at `from`, not at the top.
  let low = 0
  let high = actors.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (actors[mid]!.start < from) {
      low = mid + 1
    } else {
      high = mid
    }
  }
  for (let i = low; i < actors.length && actors[i]!.start < to; i++) {
    const a = actors[i]!
    if (a.end <= to && !quoted.has(a) && kind(kindOf(context, a))) {
      return true
    }
  }
  return false
}

/**
 * The mentions inside the marks of direct quotes: a name someone says is not who says the
 * next "he said". Read once per document, both lists in text order.
 */
function mentionsInMarks(
  actors: ActorAnnotation[],
  annotations: readonly Annotation[],
): Set<ActorAnnotation> {
  const marks = annotations.filter(
    (a): a is QuoteAnnotation => a.kind === 'quote' && a.value.type === 'direct',
  )
  const inside = new Set<ActorAnnotation>()
  let at = 0
  for (const mention of actors) {
    while (at < marks.length && marks[at]!.end <= mention.start) {
      at++
    }
    const mark = marks[at]
    if (mark && mark.start <= mention.start && mention.end <= mark.end) {
      inside.add(mention)
    }
  }
  return inside
}

/** Two to four capitalised words closing a phrase: a person's name. */
const TRAILING_NAME = /(?:^|\s)((?:[\p{Lu}][\p{L}’'.-]*\s+){1,3}[\p{Lu}][\p{L}’'-]+)$/u
/** What makes a name another person's: "Jr.", "Sr.", "III". */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u
/** Last words of an organisation's name, never of a person's. */
const BODY_NOUN =
  /\b(?:Commission|Bureau|Board|Authority|Assembly|Union|Institute|Cent(?:er|re)|Foundation|League|Bank|Fund|Police|Forces?|Army|Navy|Corporation|Company|Group|Network|News|Times|Post|Agency|Press|University|College|School|Club|Association|Caucus|Coalition|Front|Movement|Initiative|Programme|Program|Project)$/u

/** Offices written before a name, kept as the speaker's role. */
const TITLE_WORD =
  /^(?:(?:President|Prime|Minister|Chancellor|Foreign|Defen[cs]e|Secretary|General|Chairman|Chairwoman|Chair|Speaker|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Mayor|Ambassador|Envoy|Director|Chief|Deputy|Vice|Spokesman|Spokeswoman|Spokesperson|Commissioner|Ombudsman|Judge|Justice|Gen\.|Col\.|Dr\.|Mr\.|Mrs\.|Ms\.|of|State|the)\s+)+/u

/**
 * The name a speaker phrase ends on, after the last body or country it names: "German
 * Chancellor Angela Merkel" → Angela Merkel (role Chancellor). Null when no name follows it,
 * when the capitalised words are themselves an institution ("Foreign Ministry") or when a
 * person mention already covers them.
 */
function trailingName(
  body: string,
  span: { start: number; end: number },
  inside: ActorAnnotation[],
): { name: string; role: string | null } | null {
  const after = inside.reduce((end, a) => Math.max(end, a.end), span.start)
  const rest = body
    .slice(after, span.end)
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/^['’]s\b/u, '')
    .trim()
  const last = inside.find((a) => a.end === after)
  if (last && body[after] === ' ' && NAME_SUFFIX.test(rest)) {
    // "Donald Trump Jr.": a longer name than the one the knowledge base knows, someone else.
    return { name: `${last.text} ${rest}`, role: null }
  }
  if (
    last &&
    body[after] === ' ' &&
    /^\p{Lu}\p{Ll}+$/u.test(last.text) &&
    /^\p{Lu}[\p{Ll}’'-]+$/u.test(rest)
  ) {
    // "Chad Bown", "Jordan Lee": a first name that is also a country's, and a surname.
    return { name: `${last.text} ${rest}`, role: null }
  }
  const match = TRAILING_NAME.exec(rest)
  // "chairman of the Central Election Commission": after "of" or "the", a body's name.
  if (
    !match ||
    INSTITUTION_NOUN.test(rest) ||
    BODY_NOUN.test(rest) ||
    /\b(?:of|the|for|at|from)\s*$/i.test(rest.slice(0, match.index + 1))
  ) {
    return null
  }
  const full = match[1]!
  const title = TITLE_WORD.exec(full)?.[0] ?? ''
  const name = full.slice(title.length)
  if (!/\s/.test(name) && title === '' && rest === full) {
    // One capitalised word left over and nothing before it: a surname the actor stage chose
    // not to link ("Aliyev"), not a qualified name.
    return null
  }
  const role = `${rest.slice(0, rest.length - full.length)} ${title}`.replace(/\s+/g, ' ').trim()
  return name.length > 1 ? { name, role: role || null } : null
}

/** The capitalised words that close a body's own name after the one it belongs to. */
const BODY_TAIL =
  /^(?:[\p{Lu}][\p{L}-]+\s+){0,3}(?:Cent(?:er|re)|Board|Commission|Conference|Council|Committee|Institute|Foundation|Coalition|Association|Bureau|Agency|Federation|Alliance|Caucus|Program|Programme|Project|Initiative)(?:\s+(?:of|on|for)\s+(?:the\s+)?[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,3})?$/u

/**
 * The whole name of a body a speaker phrase names after the actor it belongs to: "The State
 * Department Refugee Processing Center", "the United States Conference of Mayors". Null when
 * the phrase ends on the actor, or goes on in other words.
 */
function largerBody(
  body: string,
  span: { start: number; end: number },
  inside: ActorAnnotation[],
): string | null {
  const first = inside[0]
  const after = inside.reduce((end, a) => Math.max(end, a.end), span.start)
  const rest = body.slice(after, span.end).trim()
  if (!first || body[after] !== ' ' || !BODY_TAIL.test(rest)) {
    return null
  }
  const name = body.slice(first.start, span.end).trim()
  return ORG_NAME.test(name) ? name : null
}

/** Capitalised words before "of" that name a body, not an office: "Voice of", "Bank of the". */
const BODY_OF = /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}’'-]+\s+){1,3}of\s+(?:the\s+)?$/u

/**
 * The name of a body a speaker phrase names after a place or body it serves: "Voice of
 * America", "the Bank of Georgia". Null for an office ("President of Armenia") and when the
 * phrase goes on after the place.
 */
function bodyOfPlace(
  body: string,
  span: { start: number; end: number },
  inside: ActorAnnotation[],
): string | null {
  const place = inside[0]
  if (inside.length !== 1 || !place || body.slice(place.end, span.end).trim() !== '') {
    return null
  }
  const head = body.slice(span.start, place.start).trimStart()
  return BODY_OF.test(head) && !TITLE_WORD.test(head)
    ? body.slice(span.start, span.end).trim()
    : null
}

/**
 * The speaker of a headline written in title case, when it describes someone by the actor it
 * names first: "…, Former White House Doctor Says", "Clinton Aide Says …". Null outside
 * headlines, where "Trump Tower" or "Kremlin Spokesman" read otherwise.
 */
function headlineDescription(
  context: ExtractContext,
  span: { start: number; end: number },
  inside: ActorAnnotation[],
): string | null {
  const last = inside[inside.length - 1]
  const { body } = context.document
  const rest = last ? body.slice(last.end, span.end).trim() : ''
  const sentence = spanAt(context.sentences, span.start)
  if (!rest || !/^(?:\p{Lu}[\p{L}’'-]*\s*)+$/u.test(rest) || !sentence) {
    return null
  }
  const long = body.slice(sentence.start, sentence.end).match(/\p{L}{4,}/gu) ?? []
  return long.length >= 4 && long.every((word) => /^\p{Lu}/u.test(word))
    ? body.slice(span.start, span.end).trim()
    : null
}

function sameParagraph(context: ExtractContext, a: number, b: number): boolean {
  return spanAt(context.paragraphs, a) === spanAt(context.paragraphs, b)
}

const KIND_ORDER = ['person', 'institution', 'organization', 'country', 'group']

function pickSpeaker(context: ExtractContext, mentions: ActorAnnotation[]): ActorAnnotation | null {
  // "Prime Minister Nikol Pashinyan's office said": the body speaks, not the person.
  const office = mentions.at(-1)
  if (office && isPersonOffice(office)) {
    return office
  }
  let best: ActorAnnotation | null = null
  let bestRank = Infinity
  for (const mention of mentions) {
    const kind = mention.value.actor?.startsWith('local:')
      ? 'person'
      : (context.kb.get(mention.value.actor ?? '')?.kind ?? 'group')
    const rank = KIND_ORDER.indexOf(kind)
    // "Trump campaign spokesman Jason Miller": of two people the phrase ends on the speaker,
    // unless they are joined ("Lee and Kim said": the first).
    const later =
      rank === 0 &&
      bestRank === 0 &&
      best !== null &&
      !/\band\b|&|,/u.test(context.document.body.slice(best.end, mention.start))
    if (rank < bestRank || later) {
      best = mention
      bestRank = rank
    }
  }
  return best
}

/**
 * A speaker the text names by a short noun phrase the knowledge base cannot resolve ("The
 * campaign", "the Georgian Dream chairman"): kept by name. Clause fragments ("briefed its
 * council the same day and") are not noun phrases and are dropped.
 */
const SHORT_NOUN_PHRASE =
  /^(?!.*\b(?:and|or|but|which|who|that|to|only|was|is|has|had|did|were|are|will|would|should|could|can|may|might|must|shall|be|been|being)\b)(?!(?:he|she|they|it|we)$)(?:(?:the|a|an|his|her|its|their|all|some|both|several|many|two|three|four)\s+|(?=\p{Lu}))(?![\p{L}]+ing\b)(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+$/iu

/** Unnamed speakers news cites: sources, officials, aides, witnesses, a spokesman. */
const ANONYMOUS =
  /^(?:(?:the|a|an|another|two|three|several|some|many|one|senior|local|western|diplomatic|military|government|administration|campaign|party)\s+){0,4}(?:sources?|officials?|aides?|witnesses|residents|diplomats|analysts|experts|spokes(?:man|woman|person)|observers|polls?|surveys?|reports?|study|studies|people familiar with [\p{L}\s]+)$/iu

/**
 * A group of people, or a share of them, that speaks together: "Federal and state officials",
 * "63 percent", "Nearly eight of 10 voters", "Political observers in Armenia and abroad", "a
 * former party chairman". Its words hold no verb.
 */
const GROUP =
  /^(?:[\p{L}\d’'.-]+\s+){0,6}?(?:percent|officials|voters|activists|critics|experts|observers|lawmakers|legislators|defenders|supporters|analysts|residents|Democrats|Republicans|leaders|members|advocates|economists|scientists|researchers|investigators|prosecutors|authorities|officers|doctors|lawyers|attorneys|advisers|advisors|allies|opponents|people|citizens|respondents|protesters|demonstrators|students|parents|teachers|workers|executives|employees|organi[sz]ers|senators|deputies|MPs|ministers|journalists|reporters|chairman|chairwoman|spokesman|spokeswoman|official|adviser|advisor|aide|diplomat|lawyer|analyst|expert)(?:\s+(?:in|of|at|from|for|on|close\s+to)\s+[^,;:]{1,50})?$/u
const CLAUSE_WORD =
  /\b(?:or|but|which|who|that|to|only|was|is|has|had|did|were|are|will|would|should|could|can|may|might|must|shall|be|been|being|said|says)\b/iu
/** "a former chairman", but not "he" or "the chairman" (an anaphor, resolved before). */
function isGroup(words: string): boolean {
  return GROUP.test(words) && !CLAUSE_WORD.test(words) && !/\band\s*$/u.test(words)
}

/** Some members of a party or group: "many Democrats", "several House Republicans". */
const SOME_MEMBERS =
  /^(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Oo]ther|[Ff]ellow|[Tt]wo|[Tt]hree|\d+)\s+(?:[\p{L}-]+\s+)?[\p{Lu}][\p{L}-]*s$/u

/** "Many Democrats say …": some of the party's members speak, not the party; named as written. */
function someMembers(words: string, mention: ActorAnnotation): string | null {
  return SOME_MEMBERS.test(words) && words.endsWith(mention.text) ? words : null
}

/**
 * The speaker's words when they are nothing but several actors' names joined by commas and
 * "and" ("The EU, France and the United States"), else null. People are left out unless the
 * text calls their words joint: of "Lee and Kim said" the first is kept as the speaker.
 */
function jointSpeakers(
  context: ExtractContext,
  span: { start: number; end: number },
  inside: readonly ActorAnnotation[],
  quoteStart: number,
): string | null {
  const body = context.document.body
  if (inside.length < 2) {
    return null
  }
  const actors = new Set(inside.map((m) => m.value.actor))
  if (
    actors.size < 2 ||
    actors.has(null) ||
    // "Mirzoyan and Bayramov said in a joint statement": people too, when the text says so.
    (inside.some((m) => kindOf(context, m) === 'person') &&
      !JOINT_CUE.test(body.slice(span.end, Math.max(span.end, quoteStart))))
  ) {
    return null
  }
  let rest = ''
  let at = span.start
  for (const mention of inside) {
    rest += body.slice(at, mention.start)
    at = mention.end
  }
  rest += body.slice(at, span.end)
  return JOINERS.test(rest) && /\band\b/u.test(rest)
    ? body
        .slice(span.start, span.end)
        .trim()
        .replace(/^(?:both|all)\s+|\s+(?:both|all|jointly|together)$/giu, '')
    : null
}

/** Words between a speaker and the quote that make the words several speakers' at once. */
const JOINT_CUE = /\bjoint(?:ly)?\b|\btogether\b/iu

const JOINERS = /^(?:\s|,|\band\b|\bthe\b|\bboth\b|\ball\b|\bjointly\b|\btogether\b)*$/iu

/**
 * The person who is the subject of the sentence `previous` stands in, when that is not its
 * speaker and no other person is named between that sentence and `offset`: "Speaking in
 * parliament, Pashinyan was asked about Putin's claim that …" → Pashinyan.
 */
function otherSubject(
  context: ExtractContext,
  actors: ActorAnnotation[],
  quoted: ReadonlySet<ActorAnnotation>,
  previous: QuoteAnnotation,
  offset: number,
): ActorAnnotation | null {
  const sentence = spanAt(context.sentences, previous.start)
  if (!sentence || !sameParagraph(context, previous.start, offset)) {
    return null
  }
  const text = context.document.body.slice(sentence.start, sentence.end)
  const subject = mainSubject(text, previous.start - sentence.start)
  if (!subject) {
    return null
  }
  const from = sentence.start + subject.start
  const to = sentence.start + subject.end
  const found = actors
    .filter((a) => a.start >= from && a.end <= to && !quoted.has(a) && isPerson(context, a))
    .at(-1)
  return found &&
    found.value.actor !== previous.value.speakerActor &&
    !namedBetween(context, actors, quoted, sentence.end, offset, isPersonKind)
    ? found
    : null
}

/** A body's name with its function words: "The Institute for the Study of War". */
const ORG_NAME =
  /^(?:[Tt]he\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+){0,2}[\p{Lu}][\p{L}’'.-]*){1,6}$/u

/** Up to five capitalised words: a name, not a clause fragment. */
const NAME_LIKE = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{Lu}][\p{L}’'.-]*$/u

/** Nouns that stand for an institution, not a person: "the ministry said". */
const INSTITUTION_NOUN =
  /\b(?:ministry|government|office|cabinet|administration|parliament|presidency|kremlin|council|committee|service|mission|embassy|agency|department|organi[sz]ation|bloc|alliance|court|party)$/i

/** A person's office after "the": "the Kremlin spokesman", "the foreign minister". */
const PERSON_ROLE =
  /^the\s+(?:[\p{L}’'-]+\s+){0,3}(?:spokes(?:man|woman|person)|press\s+secretary|minister|president|prime\s+minister|premier|chancellor|governor|mayor|senator|ambassador|envoy|chairman|chairwoman|leader)$/iu
/** A document that speaks for whoever issued it: "the statement said", "the ministry's press release, which insisted". */
const DOCUMENT_NOUN =
  /^the\s+(?:[\p{L}]+['’]s\s+)?(?:joint\s+|written\s+|official\s+|press\s+|news\s+)?(?:statement|communiqu[eé]|release|letter|declaration|decree|post)$/iu
/** "The ministers", "their lawyers": several people, never the one person named last. */
const PLURAL_DESCRIPTION = /^(?:the|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}]+[^su]s$/iu

/**
 * A description closed by the name it describes: "the opposition-leaning broadcaster Formula",
 * "the conservative-leaning Tax Foundation".
 */
const DESCRIBED_NAME =
  /^the\s+(?:[\p{Ll}’'-]+\s+){1,3}([\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){0,4})$/u

function isAnaphor(text: string): boolean {
  return (
    !DESCRIBED_NAME.test(text) &&
    (SPEAKER_PRONOUN.test(text) ||
      /^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[\p{Ll}]/u.test(text) ||
      RU_PRONOUN.test(text) ||
      RU_ROLE_NOUN.test(text.toLowerCase()) ||
      RU_BODY_NOUN.test(text))
  )
}

function lastActorBefore(
  context: ExtractContext,
  actors: ActorAnnotation[],
  quoted: ReadonlySet<ActorAnnotation>,
  offset: number,
  wanted: 'person' | 'body',
  noun?: string,
): ActorAnnotation | null {
  let fallback: ActorAnnotation | null = null
  for (let i = actors.length - 1; i >= 0; i--) {
    const mention = actors[i]!
    if (mention.end > offset || quoted.has(mention)) {
      continue
    }
    if (offset - mention.end > LOOKBACK) {
      break
    }
    const id = mention.value.actor ?? ''
    const entry = id.startsWith('local:') ? undefined : context.kb.get(id)
    const kind = id.startsWith('local:') ? 'person' : entry?.kind
    if (
      wanted === 'person' ? kind !== 'person' : kind !== 'institution' && kind !== 'organization'
    ) {
      continue
    }
    // "The ministry said" after "the Foreign Ministry … the EU": the last body that is a
    // ministry, before the last body of any kind.
    if (!noun || `${mention.text} ${entry?.name ?? ''}`.toLowerCase().includes(noun)) {
      return mention
    }
    fallback ??= mention
  }
  return fallback
}
