/**
 * The annotations of an Article Record that the article page marks in the body.
 * @module
 */

import type { ArticleRecord, CodedEvent, DateExpression, Quote } from '../api/types'

/** A mention resolved to an actor: rendered as a link to the actor's page. */
export interface ActorAnnotation {
  kind: 'actor'
  start: number
  end: number
  actorId: string
  /** The actor's name when the record lists it, else the mention's text. */
  label: string
}

/** A quote; `index` is its place in the record's `quotes`. */
export interface QuoteAnnotation {
  kind: 'quote'
  start: number
  end: number
  index: number
  quote: Quote
}

/** A coded event; `index` is its place in the record's `events`. */
export interface EventAnnotation {
  kind: 'event'
  start: number
  end: number
  index: number
  event: CodedEvent
}

/** A normalised date expression. */
export interface DateAnnotation {
  kind: 'date'
  start: number
  end: number
  date: DateExpression
}

/** Anything marked in the body. */
export type Annotation = ActorAnnotation | QuoteAnnotation | EventAnnotation | DateAnnotation

/** Kinds of annotation, outermost first when two spans cover exactly the same text. */
export const ANNOTATION_KINDS = ['quote', 'event', 'actor', 'date'] as const

/**
 * Collects the spans to mark: mentions that have an actor, quotes, events and dates. Mentions
 * without an actor are left unmarked.
 */
export function collectAnnotations(record: ArticleRecord): Annotation[] {
  const names = new Map(record.actors.map((actor) => [actor.id, actor.name]))
  const annotations: Annotation[] = []
  for (const { start, end, actor, text } of record.mentions) {
    if (actor) {
      annotations.push({
        kind: 'actor',
        start,
        end,
        actorId: actor,
        label: names.get(actor) ?? text,
      })
    }
  }
  record.quotes.forEach((quote, index) => {
    annotations.push({ kind: 'quote', start: quote.start, end: quote.end, index, quote })
  })
  record.events.forEach((event, index) => {
    annotations.push({ kind: 'event', start: event.start, end: event.end, index, event })
  })
  for (const date of record.dates ?? []) {
    annotations.push({ kind: 'date', start: date.start, end: date.end, date })
  }
  return annotations
}

/** Orders annotations covering the same text: quotes outside events outside actors outside dates. */
export function compareAnnotationKinds(a: Annotation, b: Annotation): number {
  return ANNOTATION_KINDS.indexOf(a.kind) - ANNOTATION_KINDS.indexOf(b.kind)
}
