import {
  ofKind,
  type ActorAnnotation,
  type Annotation,
  type DateAnnotation,
  type EventAnnotation,
  type PlaceValue,
} from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'
import { spanAt } from '../text.ts'
import { clauseEndAfter, coordinated, pairs, passiveAgent, pickSource } from './event-parties.ts'
import { findPlaces, placeFor, type PlaceMention } from './place-resolver.ts'

/**
 * Fills each event's source, target, date and place, and splits coordinated actors into one
 * event per pair.
 *  - Source: the first head actor before the trigger in its sentence; for an event that
 *    completes another, the head's target when it was asked for or alleged ("urged CSTO members
 *    not to sell" → CSTO), else the head's source ("threatened to impose"). Passive triggers
 *    take the agent after "by" as source and the subject as target.
 *  - Target: the first other actor after the trigger, in the same clause.
 *  - Date: the date expression in the sentence nearest the trigger, else the last one earlier
 *    in the paragraph (the paragraph's narrative time), else the publication date, marked
 *    inferred.
 *  - Place: from the gazetteer, "in Bishkek" nearest the trigger in its sentence.
 * Events with no source are dropped: an event nobody did is not an event.
 */
export class EventArgumentsRefiner implements Refiner {
  readonly name = 'events/arguments'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const { body } = context.document
    const actors = ofKind(annotations, 'actor')
    const dates = ofKind(annotations, 'date')
    const resolved = new Map<number, { source: ActorAnnotation; target: ActorAnnotation | null }>()
    const placesBySentence = new Map<number, PlaceMention[]>()
    const capitalOf = (demonym: string): string | null =>
      context.kb
        .lookup(demonym)
        .find((a) => a.kind === 'demonym' && context.kb.get(a.actor)?.kind === 'country')?.actor ??
      null
    const out: Annotation[] = []
    for (const annotation of annotations) {
      if (annotation.kind !== 'event') {
        out.push(annotation)
        continue
      }
      const sentence = spanAt(context.sentences, annotation.start)
      const paragraph = spanAt(context.paragraphs, annotation.start)
      if (!sentence || !paragraph) {
        continue
      }
      const inSentence = actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end)
      const clauseEnd = clauseEndAfter(body, annotation.end, sentence.end)
      const v = annotation.value
      const head = v.headStart === undefined ? undefined : resolved.get(v.headStart)
      let subject =
        head && (v.modality === 'requested' || v.modality === 'alleged')
          ? head.target
          : (head?.source ?? null)
      subject ??=
        v.voice === 'passive'
          ? (inSentence.filter((a) => a.end <= annotation.start).pop() ?? null)
          : pickSource(body, inSentence, annotation.start)
      // "Russian Defence Minister Sergei Shoigu": the demonym modifies, the minister is the target.
      const candidates = inSentence.filter(
        (a) => a.value.via !== 'demonym' || !/^\s+\p{Lu}/u.test(body.slice(a.end, a.end + 2)),
      )
      const object =
        candidates.find(
          (a) =>
            a.start >= annotation.end &&
            a.end <= clauseEnd &&
            a.value.actor !== subject?.value.actor &&
            !/\bby\s+(?:the\s+)?$/.test(body.slice(annotation.end, a.start)),
        ) ?? null
      const agent =
        v.voice === 'passive' ? passiveAgent(body, inSentence, annotation.end, clauseEnd) : null
      // A passive with no agent ("where Zas was chosen"): the clause's doer before the subject.
      const fallback =
        v.voice === 'passive' && !agent && subject
          ? pickSource(
              body,
              inSentence.filter((a) => a.end <= subject.start),
              subject.start,
            )
          : null
      const source = v.voice === 'passive' ? (agent ?? fallback) : subject
      const target = v.voice === 'passive' ? subject : object
      if (!source) {
        continue
      }
      if (!resolved.has(annotation.start)) {
        resolved.set(annotation.start, { source, target })
      }
      const date = pickDate(dates, sentence, paragraph, annotation.start)
      let places = placesBySentence.get(sentence.start)
      if (!places) {
        places = findPlaces(body.slice(sentence.start, sentence.end), sentence.start, capitalOf)
        placesBySentence.set(sentence.start, places)
      }
      const location: PlaceValue | null = placeFor(places, annotation.end)
      const sources = coordinated(body, inSentence, source)
      const targets = target ? coordinated(body, inSentence, target) : []
      const reciprocal = /^(?:0[3-6]|087|19)/.test(v.code) && !v.transfer
      for (const [s, t] of pairs(sources, targets, reciprocal)) {
        out.push(withArguments(annotation, s, t, date, location, context, this.name))
      }
    }
    return out
  }
}

function withArguments(
  annotation: EventAnnotation,
  source: ActorAnnotation,
  target: ActorAnnotation | null,
  date: DateAnnotation | null,
  location: PlaceValue | null,
  context: ExtractContext,
  name: string,
): EventAnnotation {
  return {
    ...annotation,
    value: {
      ...annotation.value,
      source: party(source),
      target: target ? party(target) : null,
      date: date?.value.date ?? context.document.published,
      place: location?.name ?? null,
      location,
    },
    certainty: date ? annotation.certainty : 'inferred',
    tags: [...annotation.tags, `refiner/${name}`],
  }
}

function party(mention: ActorAnnotation): { name: string; actor: string | null } {
  return { name: mention.text, actor: mention.value.actor }
}

function pickDate(
  dates: DateAnnotation[],
  sentence: { start: number; end: number },
  paragraph: { start: number; end: number },
  at: number,
): DateAnnotation | null {
  const distance = (d: DateAnnotation): number => (d.start >= at ? d.start - at : at - d.end)
  const sameSentence = dates
    .filter((d) => d.start >= sentence.start && d.end <= sentence.end)
    .sort((a, b) => distance(a) - distance(b))[0]
  if (sameSentence) {
    return sameSentence
  }
  const earlier = dates.filter((d) => d.start >= paragraph.start && d.end <= at)
  return earlier[earlier.length - 1] ?? null
}
