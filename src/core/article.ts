/**
 * The Article Record, version 1: the public contract of `watchdesk extract --json` and of
 * `GET /api/articles/:id`. Described field by field in docs/article-record.md and validated by
 * schema/article-record.schema.json. Change it only by adding a new schema version.
 */

/** Schema identifier carried by every record. */
export const ARTICLE_SCHEMA = 'watchdesk.article/1'

/** What kind of thing an actor is. */
export type ActorKind = 'person' | 'organization' | 'institution' | 'country' | 'group'

/** An actor the article mentions, resolved against the knowledge base where possible. */
export interface RecordActor {
  id: string
  name: string
  kind: ActorKind
  /** ISO 3166 alpha-3 of the actor's country, or null for organisations. */
  country: string | null
  /** CAMEO actor code, e.g. `ARMGOV`. */
  cameo: string | null
  /** The role the article gives the actor, or the one the KB says it held on the article's date. */
  role: string | null
}

/** One stretch of body text that names an actor. */
export interface RecordMention {
  text: string
  start: number
  end: number
  actor: string | null
}

/** Who said something: a name as written, and the actor it resolves to. */
export interface Speaker {
  name: string
  actor: string | null
  role: string | null
}

/** A direct or indirect quote, attributed to its speaker. */
export interface RecordQuote {
  text: string
  type: 'direct' | 'indirect'
  speaker: Speaker
  /** The reporting verb or phrase: said, urged, according to, … */
  cue: string
  start: number
  end: number
}

/** What a statement answers: another speaker's statement, here or in a stored article. */
export interface RespondsTo {
  speaker: { name: string; actor: string | null }
  article: string | null
  statement: string | null
}

/** The quotes of one speaker on one occasion. */
export interface RecordStatement {
  id: string
  speaker: { name: string; actor: string | null }
  /** Indexes into `quotes`. */
  quotes: number[]
  respondsTo: RespondsTo | null
}

/** A side of an event. */
export interface EventParty {
  actor: string | null
  name: string
  cameo: string | null
}

/** A place, resolved against the gazetteer. */
export interface RecordLocation {
  name: string
  country: string
  lat: number
  lon: number
}

/** A coded event: who did what to whom, when and where. */
export interface RecordEvent {
  /** CAMEO event code, 2 to 4 digits. */
  code: string
  /** The CAMEO root: the code's first two digits. */
  root: string
  label: string
  plover: string | null
  goldstein: number
  source: EventParty
  target: EventParty | null
  date: string | null
  location: RecordLocation | null
  start: number
  end: number
}

/**
 * An event the text mentions but does not report as having happened: negated ("did not
 * sell"), possible ("can buy"), asked for ("urged … not to sell") or alleged ("accused … of").
 */
export interface RecordHypotheticalEvent extends RecordEvent {
  polarity: 'positive' | 'negative'
  modality: 'asserted' | 'possible' | 'requested' | 'alleged'
}

/** Where an arms transfer stands, as the text tells it. */
export type ArmsTransferStatus =
  'delivered' | 'contracted' | 'possible' | 'requested' | 'called-to-stop' | 'negated' | 'alleged'

/** Weapons passing from a supplier to a recipient. */
export interface RecordArmsTransfer {
  supplier: EventParty | null
  recipient: EventParty | null
  /** The weapon system when the text names one ("CAESAR howitzers"), else null. */
  weapon: string | null
  status: ArmsTransferStatus
  date: string | null
  start: number
  end: number
}

/** Earlier coverage the article cites ("… reported"). */
export interface RecordReference {
  text: string
  publisher: string | null
  article: string | null
}

/** The whole record of one article. */
export interface ArticleRecord {
  schema: typeof ARTICLE_SCHEMA
  id: string
  url: string | null
  canonicalUrl: string | null
  source: { name: string | null; domain: string | null }
  title: string
  byline: string | null
  published: string | null
  language: string
  body: string
  actors: RecordActor[]
  mentions: RecordMention[]
  quotes: RecordQuote[]
  statements: RecordStatement[]
  events: RecordEvent[]
  /** Events mentioned but not reported as fact (added in 1.1; absent in older records). */
  hypotheticalEvents?: RecordHypotheticalEvent[] | undefined
  /** Arms transfers, whatever their status (added in 1.1; absent in older records). */
  armsTransfers?: RecordArmsTransfer[] | undefined
  references: RecordReference[]
}
