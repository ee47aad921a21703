import {
  ofKind,
  type ActorAnnotation,
  type Annotation,
  type DateAnnotation,
} from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'
import { spanAt } from '../text.ts'

/**
 * Fills each event's source (the first head actor before the trigger in its sentence), target
 * (the first other actor after it, in the same clause), and date (a date in the same sentence, else the last one
 * earlier in the paragraph, else the publication date, marked inferred). Events with no source
 * are dropped: an event nobody did is not an event.
 */
export class EventArgumentsRefiner implements Refiner {
  readonly name = 'events/arguments'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const actors = ofKind(annotations, 'actor')
    const dates = ofKind(annotations, 'date')
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
      const source = pickSource(context.document.body, inSentence, annotation.start)
      if (!source) {
        continue
      }
      const clauseEnd = clauseEndAfter(context.document.body, annotation.end, sentence.end)
      const target =
        inSentence.find(
          (a) =>
            a.start >= annotation.end && a.end <= clauseEnd && a.value.actor !== source.value.actor,
        ) ?? null
      const date = pickDate(dates, sentence, paragraph, annotation.start)
      out.push({
        ...annotation,
        value: {
          ...annotation.value,
          source: party(source),
          target: target ? party(target) : null,
          date: date?.value.date ?? context.document.published,
        },
        certainty: date ? annotation.certainty : 'inferred',
        tags: [...annotation.tags, `refiner/${this.name}`],
      })
    }
    return out
  }
}

/**
 * The doer: the first actor named before the trigger that is not a modifier ("Russian-led",
 * "Armenian Prime Minister …" counts through the minister, not the demonym), else the nearest.
 */
function pickSource(
  body: string,
  mentions: ActorAnnotation[],
  trigger: number,
): ActorAnnotation | null {
  // In "…, which both sell weapons", the doer is what "which" refers to: the actors just before it.
  const sentenceStart = mentions[0]?.start ?? trigger
  const relative = [...body.slice(sentenceStart, trigger).matchAll(/,\s+(?:which|who)\s/g)].pop()
  if (relative) {
    const comma = sentenceStart + relative.index
    const antecedent = mentions.filter((a) => a.end <= comma).pop()
    if (antecedent) {
      return antecedent
    }
  }
  const before = mentions.filter((a) => a.end <= trigger)
  const heads = before.filter(
    (a) =>
      a.value.via !== 'demonym' &&
      !/^[-‑]|^\s+(?:of|for|over|about|with|in)\b/.test(body.slice(a.end, a.end + 6)) &&
      !isInsideParentheses(body, a),
  )
  return heads[0] ?? before[before.length - 1] ?? null
}

function isInsideParentheses(body: string, mention: ActorAnnotation): boolean {
  return body[mention.start - 1] === '(' && body[mention.end] === ')'
}

/** Where the trigger's clause ends: a target never sits beyond "where", "which" or a semicolon. */
function clauseEndAfter(body: string, from: number, limit: number): number {
  const rest = body.slice(from, limit)
  const boundary =
    /[;:]|\s(?:where|which|while|who|after|before|when|because)\s|,\s+(?:saying|and|but|as)\s/.exec(
      rest,
    )
  return boundary ? from + boundary.index : limit
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
  const sameSentence = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end)
  if (sameSentence) {
    return sameSentence
  }
  const earlier = dates.filter((d) => d.start >= paragraph.start && d.end <= at)
  return earlier[earlier.length - 1] ?? null
}
