import {
  ofKind,
  type ActorAnnotation,
  type Annotation,
  type QuoteAnnotation,
} from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'
import { spanAt } from '../text.ts'
import { SPEAKER_PRONOUN } from './cues.ts'

/** How far back, in characters, a pronoun or an unattributed quote looks for its speaker. */
const LOOKBACK = 1500

/**
 * Resolves each quote's speaker to an actor: the person (else institution, organisation,
 * country) named in the speaker's words; for "he", "she" or "the spokesperson", the last person
 * named before the quote; for a quote with no attribution, the speaker of the quote before it
 * in the same or the previous paragraph. Resolves the speaker a quote responds to by name.
 * Quotes whose speaker cannot be found at all are dropped.
 */
export class AttributionRefiner implements Refiner {
  readonly name = 'quotes/attribution'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const actors = ofKind(annotations, 'actor')
    const out: Annotation[] = []
    let previous: QuoteAnnotation | null = null
    for (const annotation of annotations) {
      if (annotation.kind !== 'quote') {
        out.push(annotation)
        continue
      }
      const resolved = this.#resolve(context, annotation, actors, previous)
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
      if (!speaker && isAnaphor(words)) {
        // "his office" speaks for a person; "the ministry" for an institution.
        // "It said" stands for a body too.
        const wanted =
          (INSTITUTION_NOUN.test(words) && !/^(?:his|her)\s/i.test(words)) || /^it$/i.test(words)
            ? 'body'
            : 'person'
        // "X responded to Y, saying …. “…,” she said": the pronoun continues the paragraph's
        // last speaker, not its last-named person.
        if (
          wanted === 'person' &&
          previous?.value.speakerActor &&
          sameParagraph(context, previous.start, quote.start)
        ) {
          return this.#copySpeaker(quote, previous)
        }
        // The speaker of "…," she said is named before the quote, never inside it.
        speaker = lastActorBefore(context, actors, Math.min(span.start, quote.start), wanted)
        inferred = true
      }
      if (!speaker) {
        // "Armenia's envoy, Viktor Biyagov, briefed … and warned that …": the subject was named
        // earlier in the sentence than the words right before the cue.
        const sentence = spanAt(context.sentences, span.start)
        const earlier = sentence
          ? actors.filter(
              (a) => a.start >= sentence.start && a.end <= span.end && a.end <= quote.start,
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
      return NAME_LIKE.test(value.speakerName) ||
        ANONYMOUS.test(value.speakerName) ||
        SHORT_NOUN_PHRASE.test(value.speakerName)
        ? this.#withRespondsTo(context, quote, actors)
        : null
    }
    const entry = speaker.value.actor ? context.kb.get(speaker.value.actor) : undefined
    const kbRole = speaker.value.actor
      ? context.kb.rolesOn(speaker.value.actor, context.document.published)[0]?.title
      : undefined
    const resolved: QuoteAnnotation = {
      ...quote,
      value: {
        ...value,
        speakerName: entry?.name ?? speaker.text,
        speakerActor: speaker.value.actor,
        speakerRole: speaker.value.role ?? kbRole ?? null,
      },
      certainty: inferred ? 'inferred' : quote.certainty,
      tags: [...quote.tags, `refiner/${this.name}`],
    }
    return this.#withRespondsTo(context, resolved, actors)
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

  #withRespondsTo(
    context: ExtractContext,
    quote: QuoteAnnotation,
    actors: ActorAnnotation[],
  ): QuoteAnnotation {
    const name = quote.value.respondsToName
    if (!name) {
      return quote
    }
    const direct = context.kb.lookup(name)[0]?.actor ?? null
    const mentioned =
      actors.find((a) => a.text === name || name.includes(a.text))?.value.actor ?? null
    return { ...quote, value: { ...quote.value, respondsToActor: direct ?? mentioned } }
  }
}

function sameParagraph(context: ExtractContext, a: number, b: number): boolean {
  return spanAt(context.paragraphs, a) === spanAt(context.paragraphs, b)
}

const KIND_ORDER = ['person', 'institution', 'organization', 'country', 'group']

function pickSpeaker(context: ExtractContext, mentions: ActorAnnotation[]): ActorAnnotation | null {
  let best: ActorAnnotation | null = null
  let bestRank = Infinity
  for (const mention of mentions) {
    const kind = mention.value.actor?.startsWith('local:')
      ? 'person'
      : (context.kb.get(mention.value.actor ?? '')?.kind ?? 'group')
    const rank = KIND_ORDER.indexOf(kind)
    if (rank < bestRank) {
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
  /^(?!.*\b(?:and|or|but|which|who|that|to|only|was|is|has|had|did|were|are|will|would)\b)(?!(?:he|she|they|it|we)$)(?:(?:the|a|an|his|her|its|their|all|some|both|several|many|two|three|four)\s+|(?=\p{Lu}))(?![\p{L}]+ing\b)(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+$/iu

/** Unnamed speakers news cites: sources, officials, aides, witnesses, a spokesman. */
const ANONYMOUS =
  /^(?:(?:the|a|an|another|two|three|several|some|many|one|senior|local|western|diplomatic|military|government|administration|campaign|party)\s+){0,4}(?:sources?|officials?|aides?|witnesses|residents|diplomats|analysts|experts|spokes(?:man|woman|person)|observers|polls?|surveys?|reports?|study|studies|people familiar with [\p{L}\s]+)$/iu

/** Up to five capitalised words: a name, not a clause fragment. */
const NAME_LIKE = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{Lu}][\p{L}’'.-]*$/u

/** Nouns that stand for an institution, not a person: "the ministry said". */
const INSTITUTION_NOUN =
  /\b(?:ministry|government|office|cabinet|administration|parliament|presidency|kremlin|council|committee|service|mission|embassy|agency|department|organi[sz]ation|bloc|alliance|court|party)$/i

function isAnaphor(text: string): boolean {
  return SPEAKER_PRONOUN.test(text) || /^(?:the|his|her|its|their)\s+[\p{Ll}]/u.test(text)
}

function lastActorBefore(
  context: ExtractContext,
  actors: ActorAnnotation[],
  offset: number,
  wanted: 'person' | 'body',
): ActorAnnotation | null {
  for (let i = actors.length - 1; i >= 0; i--) {
    const mention = actors[i]!
    if (mention.end > offset) {
      continue
    }
    if (offset - mention.end > LOOKBACK) {
      break
    }
    const id = mention.value.actor ?? ''
    const kind = id.startsWith('local:') ? 'person' : context.kb.get(id)?.kind
    if (
      wanted === 'person' ? kind === 'person' : kind === 'institution' || kind === 'organization'
    ) {
      return mention
    }
  }
  return null
}
