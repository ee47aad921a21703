/**
 * Annotations are what analysis stages produce: a typed value tied to a span of the body.
 * `certainty` keeps what the text states apart from what a stage inferred (a pronoun resolved
 * to a speaker, a date taken from the publication date); `tags` names every stage that touched
 * the annotation, so any fact can be traced back to the code that made it.
 */

/** A character range into the body: JavaScript string indices, end exclusive. */
export interface Span {
  start: number
  end: number
}

/** Whether the text says it or a stage inferred it. */
export type Certainty = 'stated' | 'inferred'

/** A name for an actor, resolved against the knowledge base when it can be. */
export interface ActorValue {
  actor: string | null
  /** The role the text gives ("Prime Minister"), if any. */
  role: string | null
  /**
   * How the text names the actor: by name, a demonym ("Armenian"), its capital ("Baku said"),
   * a bare surname, or an office without a name ("the Armenian Prime Minister").
   */
  via?: 'name' | 'demonym' | 'capital' | 'surname' | 'role'
  /** ISO3 of a provisional person's country, from the words that introduce them. */
  country?: string | null
}

/** A date expression, normalised against the publication date. */
export interface DateValue {
  date: string
}

/** A quote and its attribution as read from the text. */
export interface QuoteValue {
  type: 'direct' | 'indirect'
  /** The quote's words without the quotation marks. */
  quote: string
  speakerName: string
  speakerActor: string | null
  speakerRole: string | null
  /** Span of the speaker's words ("he", "Pashinyan"), when written. */
  speakerSpan: Span | null
  cue: string
  cueClass: CueClass
  /**
   * Whose statement the quote answers, by name as its sentence writes it ("responded to X's
   * remarks"); the record's links are read from the text by quotes/response-links.ts.
   */
  respondsToName: string | null
}

/** The kinds of reporting verb. */
export type CueClass =
  'assert' | 'appeal' | 'warn' | 'accuse' | 'deny' | 'reject' | 'comment' | 'respond'

/** One side of an event as found in the text. */
export interface PartyValue {
  name: string
  actor: string | null
}

/** A coded event. */
export interface EventValue {
  code: string
  source: PartyValue | null
  target: PartyValue | null
  date: string | null
  place: string | null
  /** True when the text negates the event or only says it may happen. */
  hypothetical: boolean
  /** Whether the text says it happened ("sold") or did not ("did not sell"). */
  polarity?: 'positive' | 'negative'
  /** Asserted, or only possible ("can buy"), asked for ("urged … to"), or alleged ("accused … of"). */
  modality?: EventModality
  /** Passive triggers ("was attacked by") swap source and target. */
  voice?: 'active' | 'passive'
  /** Start offset of the event this one completes ("urged" in "urged … not to sell"). */
  headStart?: number
  /** Arms-transfer direction of the trigger, when it is one. */
  transfer?: 'supply' | 'acquire' | null
  /** A named weapon system in the event's sentence ("CAESAR howitzers"). */
  weapon?: string | null
  /** Where it happened, from the gazetteer. */
  location?: PlaceValue | null
}

/** How sure the text is that an event happened. */
export type EventModality = 'asserted' | 'possible' | 'requested' | 'alleged'

/** A gazetteer place. */
export interface PlaceValue {
  name: string
  country: string
  lat: number
  lon: number
}

/** A citation of earlier coverage: "(Caucasus Watch reported)". */
export interface ReferenceValue {
  publisher: string | null
}

interface AnnotationBase<K extends string, V> extends Span {
  kind: K
  text: string
  value: V
  certainty: Certainty
  tags: string[]
}

export type ActorAnnotation = AnnotationBase<'actor', ActorValue>
export type DateAnnotation = AnnotationBase<'date', DateValue>
export type QuoteAnnotation = AnnotationBase<'quote', QuoteValue>
export type EventAnnotation = AnnotationBase<'event', EventValue>
export type ReferenceAnnotation = AnnotationBase<'reference', ReferenceValue>

/** Every annotation a stage can produce. */
export type Annotation =
  ActorAnnotation | DateAnnotation | QuoteAnnotation | EventAnnotation | ReferenceAnnotation

/** The kinds of annotation. */
export type AnnotationKind = Annotation['kind']

/** Picks the annotations of one kind, keeping their type. */
export function ofKind<K extends AnnotationKind>(
  annotations: readonly Annotation[],
  kind: K,
): Extract<Annotation, { kind: K }>[] {
  return annotations.filter((a): a is Extract<Annotation, { kind: K }> => a.kind === kind)
}
