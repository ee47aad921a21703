import type { EventRow } from './event-rows.ts'
import type { Generated } from 'kysely'

/** The `articles` table: one row per article, the record kept whole as JSON. */
export interface ArticlesTable {
  seq: Generated<number>
  id: string
  url: string | null
  canonical_url: string | null
  content_hash: string
  source_name: string | null
  source_domain: string | null
  title: string
  byline: string | null
  published: string | null
  language: string
  body: string
  record: string
  dates: string
  ingested_at: string
  /** SimHash of the body, 16 hex digits; null for very short texts. */
  simhash: string | null
  /** The id of the earlier article this one republishes, if any. */
  duplicate_of: string | null
}

/** An original's filterable values as words (index-tags.ts), by its `seq`; copies have none. */
export interface ArticleIndexTagsTable {
  seq: number
  tags: string
}

/** An article's SimHash band (simhashBands), with what finding its copies needs (075). */
export interface ArticleCopyKeysTable {
  band: number
  /** Publication day, or the day stored when undated, as days since 1970-01-01. */
  day: number
  seq: number
  /** The fingerprint's halves (fingerprintHalves). */
  hi: number
  lo: number
}

/** Which actors each article mentions, for actor pages and (later) facets. */
export interface ArticleActorsTable {
  article_id: string
  actor_id: string
  /** The article's publication date, copied for range lookups by actor. */
  published: string | null
}

/** Actors as records describe them: covers people the knowledge base does not know. */
export interface ActorsTable {
  id: string
  name: string
  kind: string
  country: string | null
  cameo: string | null
  role: string | null
}

/** Role changes proposed as knowledge-base updates; `status` is pending, accepted or rejected. */
export interface RoleProposalsTable {
  id: string
  article_id: string
  person: string
  person_name: string
  change: string
  verb: string
  title: string | null
  org: string | null
  country: string | null
  date: string | null
  evidence: string
  evidence_start: number
  evidence_end: number
  status: string
  created_at: string
  decided_at: string | null
}

/** The database as Kysely sees it. */
/** A registered source: a feed, sitemap or page polled by `watchdesk watch`. */
export interface SourcesTable {
  id: string
  url: string
  interval_seconds: number
  etag: string | null
  last_modified: string | null
  next_poll_at: string
  last_success_at: string | null
  last_error: string | null
  last_error_at: string | null
  created_at: string
}

/** An item URL a source has listed, and when it was first seen: what is new, items per day. */
export interface SourceItemsTable {
  source_id: string
  item_url: string
  first_seen_at: string
}

/** An API token, stored as the SHA-256 of its secret. */
export interface ApiTokensTable {
  id: string
  name: string
  hash: string
  created_at: string
  revoked_at: string | null
  /** The user the token acts for (migration 040); null for a service token. */
  user_id: string | null
  /** Space-separated: `read`, `write`. */
  scopes: string
}

/** A saved search or event rule. Articles after `after_seq` are still to be checked. */
export interface AlertsTable {
  id: string
  name: string
  query: string | null
  event_rule: string | null
  webhook: string | null
  /** Where hits are mailed, through the configured SMTP server (migration 020). */
  email: string | null
  after_seq: number
  created_at: string
}

/** An article an alert matched. */
export interface AlertHitsTable {
  alert_id: string
  article_id: string
  matched_at: string
}

/** One delivery of one hit on one channel, with its attempts. */
export interface AlertDeliveriesTable {
  id: string
  alert_id: string
  article_id: string
  channel: string
  target: string
  status: string
  attempts: number
  last_error: string | null
  next_attempt_at: string
  created_at: string
  delivered_at: string | null
}

/** The CAMEO roots of each article's events. */
export interface ArticleEventsTable {
  article_id: string
  root: string
}

/** The story each article belongs to. */
export interface ArticleStoriesTable {
  article_id: string
  story_id: string
}

/** A job of the work queue. */
export interface JobsTable {
  id: string
  kind: string
  payload: string
  status: string
  attempts: number
  run_after: string
  locked_by: string | null
  last_error: string | null
  created_at: string
  finished_at: string | null
}

/** A statement of a stored article, and the statement it answers. */
export interface StatementsTable {
  id: string
  article_id: string
  speaker_actor: string | null
  speaker_name: string
  responds_to: string | null
  published: string | null
}

/** A counter added to by every process (migration 021); `labels` is the Prometheus label set. */
export interface MetricCountersTable {
  name: string
  labels: string
  value: number
}

export interface Database {
  event_rows: EventRow
  statements: StatementsTable
  jobs: JobsTable
  article_stories: ArticleStoriesTable
  article_events: ArticleEventsTable
  alerts: AlertsTable
  metric_counters: MetricCountersTable
  alert_hits: AlertHitsTable
  alert_deliveries: AlertDeliveriesTable
  sources: SourcesTable
  source_items: SourceItemsTable
  api_tokens: ApiTokensTable
  articles: ArticlesTable
  article_actors: ArticleActorsTable
  article_copy_keys: ArticleCopyKeysTable
  article_index_tags: ArticleIndexTagsTable
  actors: ActorsTable
  role_proposals: RoleProposalsTable
}
