/**
 * Types of the Watchdesk HTTP API as the web UI consumes it. They mirror the Article Record
 * contract (`watchdesk.article/1`, see docs/design.md) and the list endpoints under `/api`.
 * @module
 */

/** The outlet that published an article. */
export interface ArticleSource {
  name: string | null
  domain: string | null
}

/** One article in a list: `GET /api/articles`, search results, an actor's articles. */
export interface ArticleSummary {
  id: string
  title: string
  url: string | null
  source: ArticleSource
  byline: string | null
  /** `YYYY-MM-DD` or full ISO 8601. */
  published: string | null
  language: string
  excerpt: string
}

/** Why a related article was chosen: what it shares with the article it is related to. */
export interface RelatedReasons {
  /** Ids of the actors both articles mention. */
  actors: string[]
  /** CAMEO root codes ("19") of events both articles report. */
  eventRoots: string[]
  /** Words of title and lead both articles use. */
  terms: string[]
}

/** One "See Also" article (`GET /api/articles/:id/related`): a summary with its score and reasons. */
export interface RelatedArticle extends ArticleSummary {
  score: number
  reasons: RelatedReasons
}

/** `GET /api/articles/:id/related`: related articles, best first. */
export interface RelatedList {
  items: RelatedArticle[]
}

/** A page of a list endpoint. */
export interface Page<T> {
  total: number
  items: T[]
}

/** One piece of a search snippet; `hit` pieces matched the query. */
export interface SnippetSegment {
  text: string
  hit: boolean
}

/** One search result: a summary plus the snippet around the hits. */
export interface SearchResult extends ArticleSummary {
  snippet: SnippetSegment[]
}

/** Kinds of actor the knowledge base knows. */
export type ActorKind = 'person' | 'organization' | 'institution' | 'country' | 'group'

/** An actor as it appears in an Article Record, with its role at the time of the article. */
export interface RecordActor {
  id: string
  name: string
  kind: ActorKind
  /** ISO 3166 alpha-3. */
  country: string | null
  cameo: string | null
  role: string | null
}

/** A stretch of the body (JavaScript string offsets, `end` exclusive). */
export interface BodySpan {
  start: number
  end: number
}

/** A name in the body, resolved to an actor when the knowledge base knows it. */
export interface Mention extends BodySpan {
  text: string
  actor: string | null
}

/** Who said something. */
export interface Speaker {
  name: string
  actor: string | null
  role?: string | null
}

/** A direct or indirect quote attributed to its speaker. */
export interface Quote extends BodySpan {
  text: string
  type: 'direct' | 'indirect'
  speaker: Speaker
  cue: string
}

/** What a statement answers: a speaker, and the article or statement when known. */
export interface RespondsTo {
  speaker: Speaker
  article: string | null
  statement: string | null
}

/** A statement: one or more quotes by one speaker, possibly answering another statement. */
export interface Statement {
  id: string
  speaker: Speaker
  /** Indexes into the record's `quotes`. */
  quotes: number[]
  respondsTo: RespondsTo | null
}

/** One side of a coded event. */
export interface EventParty {
  actor: string | null
  name: string
  cameo: string | null
}

/** Where an event happened. */
export interface EventLocation {
  name: string
  country: string
  lat: number
  lon: number
}

/** An event coded in CAMEO (with PLOVER alongside). */
export interface CodedEvent extends BodySpan {
  code: string
  root: string
  label: string
  plover: string | null
  goldstein: number
  source: EventParty
  target: EventParty | null
  /** `YYYY-MM-DD`. */
  date: string | null
  location: EventLocation | null
}

/** Earlier coverage or a related article the text refers to. */
export interface Reference {
  text: string
  publisher: string | null
  /** The id of the stored article the citation means, when the desk has it. */
  article: string | null
}

/** A date expression found in the body, normalised. */
export interface DateExpression extends BodySpan {
  text: string
  /** `YYYY-MM-DD`. */
  value: string
}

/** The Article Record (`GET /api/articles/:id`), plus the date expressions of the body. */
export interface ArticleRecord {
  schema: string
  id: string
  url: string | null
  canonicalUrl: string | null
  source: ArticleSource
  title: string
  byline: string | null
  published: string | null
  language: string
  /** Clean text; paragraphs separated by a blank line. */
  body: string
  actors: RecordActor[]
  mentions: Mention[]
  quotes: Quote[]
  statements: Statement[]
  events: CodedEvent[]
  references: Reference[]
  /** Added by the API's article endpoint (not part of `watchdesk extract` output). */
  dates?: DateExpression[]
}

/** A role an actor held, with its dates when known. */
export interface ActorRole {
  title: string
  org: string | null
  from: string | null
  to: string | null
}

/** An actor from the knowledge base. */
export interface Actor {
  id: string
  name: string
  kind: ActorKind
  country: string | null
  cameo: string | null
  aliases: string[]
  roles: ActorRole[]
}

/** `GET /api/actors/:id`: the actor and the articles that mention it. */
export interface ActorDetails {
  actor: Actor
  articles: Page<ArticleSummary>
}

/** How a watched source is doing (`health` of {@link Source}). */
export interface SourceHealth {
  /** Distinct items the source has listed since it was added. */
  itemsSeen: number
  /** Items first seen in the last seven days, per day (one decimal). */
  itemsPerDay: number
  /** When the newest item was first seen (ISO 8601). */
  lastItemAt: string | null
  /** Set when the source has gone quiet for much longer than usual, or its last poll failed. */
  warning: string | null
}

/** A feed, sitemap or page that `watchdesk watch` polls (`GET /api/sources`). */
export interface Source {
  id: string
  url: string
  intervalSeconds: number
  etag: string | null
  lastModified: string | null
  /** ISO 8601; in the past when the poll is due (or overdue). */
  nextPollAt: string
  lastSuccessAt: string | null
  lastError: string | null
  lastErrorAt: string | null
  createdAt: string
  health: SourceHealth
}

/** `GET /api/sources`: every source, oldest first. */
export interface SourceList {
  items: Source[]
}

/** The body of every non-2xx API response. */
export interface ApiErrorBody {
  ok: false
  error: string
  message: string
}

/** A statement as threads and activity lists give it: with its article and quote texts. */
export interface ThreadStatement {
  id: string
  articleId: string
  articleTitle: string
  published: string | null
  speaker: { name: string; actor: string | null }
  respondsTo: string | null
  quotes: string[]
}

/** `GET /api/statements/:id/thread`. */
export interface StatementThread {
  statement: ThreadStatement
  /** What it answers, nearest first. */
  answers: ThreadStatement[]
  /** Answers to it, in order of publication. */
  replies: ThreadStatement[]
}

/** One dyad's mean Goldstein score by week (weeks with events only). */
export interface DyadTension {
  dyad: string
  events: number
  goldstein: number
  weeks: { week: string; events: number; goldstein: number }[]
}

/** `GET /api/dashboard`. */
export interface Dashboard {
  articles: ArticleSummary[]
  total: number
  statements: { statement: ThreadStatement; answers: ThreadStatement[] }[]
  actors: { id: string; name: string; kind: string; articles: number; statements: number }[]
  tensions: DyadTension[]
}

/** A week of a dyad's events: counts by quad class (1–4) and mean Goldstein. */
export interface DyadWeek {
  week: string
  events: number
  quads: [number, number, number, number]
  goldstein: number
}

/** `GET /api/dyads/:pair`. */
export interface DyadTimeline {
  dyad: string
  events: number
  goldstein: number | null
  weeks: DyadWeek[]
}

/** One event of a dyad (`GET /api/dyads/:pair/events`). */
export interface DyadEvent {
  articleId: string
  articleTitle: string
  published: string | null
  day: string | null
  code: string
  root: string
  quad: number
  label: string
  goldstein: number
  source: { actor: string | null; name: string | null; country: string | null }
  target: { actor: string | null; name: string | null; country: string | null }
  start: number
  end: number
  sentence: string
}

/** `GET /api/network`. */
export interface ActorNetwork {
  nodes: { id: string; name: string; kind: string; statements: number }[]
  edges: {
    source: string
    target: string
    kind: 'event' | 'answer'
    weight: number
    goldstein: number | null
  }[]
}

/** An answer and the statement it answers. */
export interface AnswerPair {
  answer: ThreadStatement
  to: ThreadStatement
}

/** `GET /api/actors/:id/activity`. */
export interface ActorActivity {
  statements: ThreadStatement[]
  answersGiven: AnswerPair[]
  answersReceived: AnswerPair[]
  counterparts: { actor: string; name: string; events: number; answers: number }[]
}

/** A state's place in an organisation. */
export type MembershipStatus = 'member' | 'observer' | 'partner' | 'suspended' | 'frozen' | 'former'

/** `GET /api/orgs/:id`. */
export interface Organisation {
  id: string
  name: string
  memberships: {
    country: string
    name: string
    status: MembershipStatus
    from: string | null
    to: string | null
  }[]
  rules: {
    id: string
    kind: string
    statuses: MembershipStatus[]
    text: string
    from: string | null
    to: string | null
  }[]
}

/** `GET /api/orgs/:id/eligibility`. */
export interface Eligibility {
  org: string
  candidate: string
  status: MembershipStatus
  on: string | null
  eligible: boolean
  checked: string[]
  reasons: { rule: string; id: string; lacking: string[] }[]
}

/** A story: one event told by several outlets (`GET /api/articles/:id/story`). */
export interface Story {
  id: string
  title: string
  first: string | null
  last: string | null
  outlets: string[]
  articles: ArticleSummary[]
}

/** Search facets: counts of the matches by actor, country, event root, outlet, language. */
export interface FacetValue {
  value: string
  label: string
  count: number
}

/** `GET /api/search` with facets. */
export interface SearchPage extends Page<SearchResult> {
  facets: {
    actors: FacetValue[]
    countries: FacetValue[]
    eventRoots: FacetValue[]
    sources: FacetValue[]
    languages: FacetValue[]
  }
  /** How many of the matches the facet counts cover (the newest); `total` when exact. */
  facetsOver: number
  /** By relevance, how many of the newest matches the page is the best of; `total` when all. */
  rankedOver: number
}
