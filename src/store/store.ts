import type { MetricIncrement } from './metric-queries.ts'
import type { ApplicationRepository } from '../applications/application-repository.ts'
import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import type { BodyDate } from '../analyse/build-record.ts'
import type { ArticleRecord, RecordActor } from '../core/article.ts'
import type { Alert, AlertDelivery, AlertInput } from './alert-queries.ts'
import type { Job } from './job-queries.ts'
import type { StatementThread, ThreadStatement } from './statement-queries.ts'
import type {
  ActiveActor,
  ActorActivity,
  ActorNetwork,
  StatementWithAnswers,
} from './desk-queries.ts'
import type {
  Counterpart,
  DayRange,
  DyadEvent,
  DyadTension,
  DyadTimeline,
} from './event-queries.ts'
import type { RelatedArticle } from './related-queries.ts'
import type { Story } from './story-queries.ts'
import type { SearchFacets, SearchFilters } from './search-queries.ts'
import type { PollOutcome, Source } from './source-queries.ts'
import type { ApiToken, TokenOptions } from './token-queries.ts'
import type { AccountRepository } from '../auth/account-repository.ts'
import type { PostRepository } from '../outlet/post-repository.ts'
import type { RoleProposal } from '../kb/role-change.ts'
import type { ArticleSummary, Page, PageRequest, SearchHit } from '../core/article-summary.ts'

/** What saving an article did. */
export interface SaveResult {
  id: string
  /**
   * `exists`: the same URL or the same text was stored before, under `id`.
   * `duplicate`: stored, but it republishes an earlier article (`duplicateOf`).
   */
  status: 'inserted' | 'exists' | 'duplicate'
  duplicateOf?: string
}

/** A stored article: its record, the date expressions in its body, and what it copies. */
export interface StoredArticle {
  record: ArticleRecord
  dates: BodyDate[]
  /** The id of the earlier article this one republishes (same wire story), or null. */
  duplicateOf: string | null
}

/** A request for a page of role proposals. */
export interface ProposalQuery extends PageRequest {
  status?: RoleProposal['status']
}

/** What an export may be limited to: publication dates (`YYYY-MM-DD`, inclusive) and an actor. */
export interface ExportFilter {
  from?: string
  to?: string
  actor?: string
}

/** A record as exported, with the article it republishes when it is a copy. */
export interface ExportedRecord {
  record: ArticleRecord
  duplicateOf: string | null
}

/** A search request. */
export interface SearchQuery extends PageRequest, SearchFilters {
  q: string
  /** Best match first (default), or newest first. */
  sort?: 'relevance' | 'date'
}

/**
 * A page of search hits. Facets count the newest matches up to a sample: `facetsOver` says how
 * many, equal to `total` when the counts are exact. By relevance, the page is the best of the
 * newest `rankedOver` matches, equal to `total` when every match was ranked.
 */
export type SearchResults = Page<SearchHit> & {
  facets: SearchFacets
  facetsOver: number
  rankedOver: number
}

/**
 * The storage contract every backend implements (SQLite now, PostgreSQL with the store issue).
 * All methods are async so that network-backed stores fit the same shape.
 */
export interface Store {
  /** Saves an analysed article; the same URL or the same body is one article, never two. */
  saveArticle(article: AnalysedArticle): Promise<SaveResult>
  /** Saves many articles in one transaction, in order (bulk imports). */
  saveArticles(articles: readonly AnalysedArticle[]): Promise<SaveResult[]>
  getArticle(id: string): Promise<StoredArticle | null>
  /** Newest first (by publication date, then by ingestion); republished copies left out. */
  listArticles(page: PageRequest): Promise<Page<ArticleSummary>>
  /** Full-text search with facets (see {@link SearchResults}). */
  search(query: SearchQuery): Promise<SearchResults>
  /** Articles that mention an actor, newest first. */
  articlesByActor(actorId: string, page: PageRequest): Promise<Page<ArticleSummary>>
  /** A statement with what it answers up the chain and every answer it got, across articles. */
  statementThread(id: string): Promise<StatementThread | null>
  /** The latest statements, newest first, each with the answers it got. */
  latestStatements(limit: number): Promise<StatementWithAnswers[]>
  /** Answers in other articles to an article's statements; null for an unknown article. */
  articleResponses(articleId: string): Promise<ThreadStatement[] | null>
  /** People, organisations and institutions most mentioned and heard in the last year of coverage. */
  activeActors(limit: number): Promise<ActiveActor[]>
  /** An actor's latest statements, answers it gave and answers it got. */
  actorActivity(actorId: string, limit: number): Promise<ActorActivity>
  /** Actors linked by events and answers, within dates, the strongest links first. */
  actorNetwork(range: DayRange & { limit: number }): Promise<ActorNetwork>
  /** The actors one had most events and answers with. */
  counterparts(actorId: string, limit: number): Promise<Counterpart[]>
  /** A dyad's (`ARM-AZE`) events by week, by quad class, with mean Goldstein. */
  dyadTimeline(dyad: string, range: DayRange): Promise<DyadTimeline>
  /** A dyad's events, newest first, with the sentences that report them. */
  dyadEvents(dyad: string, range: DayRange & PageRequest): Promise<Page<DyadEvent>>
  /** The dyads with the most events and their mean Goldstein score by week. */
  dyadTensions(limit: number): Promise<DyadTension[]>
  /** The work queue: URLs to ingest, taken by `watchdesk worker` processes, never twice. */
  enqueueUrls(urls: readonly string[], now?: Date): Promise<string[]>
  claimJob(worker: string, now?: Date): Promise<Job | null>
  finishJob(job: Job, error: string | null, now?: Date): Promise<void>
  jobCounts(): Promise<Record<Job['status'], number>>
  /** Operational counters shared by every process writing to this store (served at /metrics). */
  addMetrics(increments: MetricIncrement[]): Promise<void>
  readMetrics(): Promise<MetricIncrement[]>
  /** Stories told by at least two articles (several outlets, one event), newest first. */
  listStories(limit: number): Promise<Story[]>
  /** The story an article belongs to, with its articles; null for an unknown article. */
  storyOfArticle(articleId: string): Promise<Story | null>
  /** "See Also": articles sharing actors, events and words with one; null when it is unknown. */
  relatedArticles(id: string, limit: number): Promise<RelatedArticle[] | null>
  /** Stored articles related to a record not (yet) stored: an editor's draft. */
  relatedToRecord(
    record: ArticleRecord,
    limit: number,
    options?: { tags?: readonly string[]; exclude?: readonly string[] },
  ): Promise<RelatedArticle[]>
  /** An actor as described by the records that mention it (people the KB does not know). */
  getActor(id: string): Promise<RecordActor | null>
  countArticles(): Promise<number>
  /** Role changes read in stored articles, proposed as knowledge-base updates. */
  listProposals(query: ProposalQuery): Promise<Page<RoleProposal>>
  getProposal(id: string): Promise<RoleProposal | null>
  /** Marks a proposal accepted or rejected; null when there is none with this id. */
  decideProposal(id: string, status: 'accepted' | 'rejected'): Promise<RoleProposal | null>
  /** Every stored record, oldest first, streamed. */
  /** Stored records oldest first, streamed, optionally within dates or for one actor. */
  exportRecords(filter?: ExportFilter): AsyncIterable<ExportedRecord>
  /** Registered sources (`watchdesk sources`, polled by `watchdesk watch`). */
  addSource(url: string, intervalSeconds: number, now?: Date): Promise<Source>
  getSource(idOrUrl: string, now?: Date): Promise<Source | null>
  listSources(now?: Date): Promise<Source[]>
  removeSource(idOrUrl: string): Promise<boolean>
  dueSources(now: Date): Promise<Source[]>
  recordPoll(source: Source, outcome: PollOutcome, now: Date): Promise<void>
  /** Remembers a poll's item URLs; returns the ones never seen before from this source. */
  newItems(sourceId: string, urls: readonly string[], now: Date): Promise<string[]>
  /** Alerts: saved searches and event rules, their hits and deliveries. */
  createAlert(input: AlertInput): Promise<Alert>
  listAlerts(): Promise<Alert[]>
  getAlert(id: string): Promise<Alert | null>
  deleteAlert(id: string): Promise<boolean>
  /** Checks every alert against newly stored articles; queues deliveries; returns the hits. */
  evaluateAlerts(now: Date): Promise<{ alertId: string; articleId: string }[]>
  alertHits(alertId: string, limit: number): Promise<{ matchedAt: string; record: ArticleRecord }[]>
  dueDeliveries(now: Date): Promise<AlertDelivery[]>
  listDeliveries(alertId: string): Promise<AlertDelivery[]>
  recordDelivery(delivery: AlertDelivery, error: string | null, now: Date): Promise<void>
  /** API tokens, stored hashed. */
  createToken(name: string, options?: TokenOptions): Promise<{ token: ApiToken; secret: string }>
  /** Every token, or one user's. */
  listTokens(userId?: string): Promise<ApiToken[]>
  /** Revokes a token (only one of `userId`'s when given); false when there is no such one. */
  revokeToken(id: string, userId?: string): Promise<boolean>
  /** The live token a secret belongs to, or null. */
  verifyToken(secret: string): Promise<ApiToken | null>
  /** Staff accounts, sessions and login rate limits (src/auth). */
  readonly accounts: AccountRepository
  /** The outlet's own posts, readership counts and consent records (src/outlet). */
  readonly posts: PostRepository
  /** Contributor applications (src/applications). */
  readonly applications: ApplicationRepository
  close(): Promise<void>
}
