import { createHash } from 'node:crypto'
import { Migrator, sql, type Kysely } from 'kysely'
import {
  ApplicationRepository,
  type ApplicationTables,
} from '../applications/application-repository.ts'
import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import type { ArticleRecord, RecordActor } from '../core/article.ts'
import type { ArticleSummary, Page, PageRequest } from '../core/article-summary.ts'
import { AppError, getMessage } from '../core/errors.ts'
import { articleDraft, type ArticleDraft } from './article-draft.ts'
import { articleKeys, BatchWrites, chunks, type StoryCandidate } from './batch-writes.ts'
import type { StoreDialect } from './dialect.ts'
import { fullTextFor, type FullText } from './full-text.ts'
import * as alerts from './alert-queries.ts'
import type { Alert, AlertDelivery, AlertInput } from './alert-queries.ts'
import * as jobs from './job-queries.ts'
import * as metrics from './metric-queries.ts'
import type { MetricIncrement } from './metric-queries.ts'
import type { Job } from './job-queries.ts'
import { resolveReferences } from './reference-queries.ts'
import {
  resolveResponses,
  storedAnswers,
  statementThread,
  type AnsweredStatement,
  type StatementThread,
  type ThreadStatement,
} from './statement-queries.ts'
import {
  findStory,
  getStory,
  listStories,
  storedStoryCandidates,
  storyOf,
  type Story,
} from './story-queries.ts'
import { storedOriginals } from './stored-originals.ts'
import { searchArticles } from './search-queries.ts'
import { relatedArticles, relatedToRecord, type RelatedArticle } from './related-queries.ts'
import * as sources from './source-queries.ts'
import type { PollOutcome, Source } from './source-queries.ts'
import * as tokens from './token-queries.ts'
import type { ApiToken, TokenOptions } from './token-queries.ts'
import { AccountRepository, type AccountTables } from '../auth/account-repository.ts'
import { PostRepository, type PostTables } from '../outlet/post-repository.ts'
import { migrationProvider } from './migrations/index.ts'
import * as desk from './desk-queries.ts'
import type {
  ActiveActor,
  ActorActivity,
  ActorNetwork,
  StatementWithAnswers,
} from './desk-queries.ts'
import * as eventQueries from './event-queries.ts'
import type {
  Counterpart,
  DayRange,
  DyadEvent,
  DyadTension,
  DyadTimeline,
} from './event-queries.ts'
import type { Database, ArticlesTable } from './schema.ts'
import type { RoleProposal } from '../kb/role-change.ts'
import { decideProposal, getProposal, listProposals } from './proposal-queries.ts'
import type {
  ExportedRecord,
  ExportFilter,
  ProposalQuery,
  SaveResult,
  SearchQuery,
  SearchResults,
  Store,
  StoredArticle,
} from './store.ts'
import { parseRecord } from './record-json.ts'

/** Fewer new articles than this never trigger a statistics refresh (see #analyzeAfterGrowth). */
const ANALYZE_MIN_ADDED = 500

const SUMMARY_COLUMNS = [
  'id',
  'title',
  'url',
  'source_name',
  'source_domain',
  'byline',
  'published',
  'language',
  'body',
] as const
type SummaryRow = Pick<ArticlesTable, (typeof SUMMARY_COLUMNS)[number]>

/**
 * The store on any SQL dialect Kysely speaks: one schema, one query layer. Only full-text
 * search differs between SQLite (FTS5) and PostgreSQL (tsvector); see full-text.ts.
 * Open one with `SqliteStore.open` or `PostgresStore.open` (dialects/), or `openStore(location)`.
 */
export class KyselyStore implements Store {
  readonly #db: Kysely<Database>
  readonly #fullText: FullText
  readonly #dialect: StoreDialect
  readonly applications: ApplicationRepository
  readonly accounts: AccountRepository
  readonly posts: PostRepository

  constructor(db: Kysely<Database>, dialect: StoreDialect) {
    this.#db = db
    this.applications = new ApplicationRepository(db as unknown as Kysely<ApplicationTables>)
    this.accounts = new AccountRepository(db as unknown as Kysely<AccountTables>)
    this.posts = new PostRepository(db as unknown as Kysely<PostTables>)
    this.#dialect = dialect
    this.#fullText = fullTextFor(dialect)
  }

  /** Brings the schema up to date; closes the connection and throws when it cannot. */
  static async migrate(db: Kysely<Database>, dialect: StoreDialect, where: string): Promise<void> {
    const { error } = await new Migrator({
      db,
      provider: migrationProvider(dialect),
      // Features land in parallel, each with migrations in its own number range; a database
      // migrated before a lower-numbered migration landed must still take it.
      allowUnorderedMigrations: true,
    }).migrateToLatest()
    if (error) {
      await db.destroy()
      throw new AppError(
        'migration_failed',
        `database ${where} could not be migrated: ${getMessage(error)}`,
        { cause: error },
      )
    }
  }

  async saveArticle(article: AnalysedArticle): Promise<SaveResult> {
    const [result] = await this.saveArticles([article])
    return result!
  }

  /**
   * Saves many articles in one transaction, in order: what bulk imports use, since the cost of
   * a commit (an fsync) is paid once per batch rather than once per article. Each article is
   * checked against the store and against those before it in the batch.
   */
  async saveArticles(articles: readonly AnalysedArticle[]): Promise<SaveResult[]> {
    if (articles.length === 0) {
      return []
    }
    const results = await this.#db.transaction().execute(async (trx) => {
      const batch = new BatchWrites()
      const hashes = articles.map((a) => hashBody(a.record.body))
      const stored = await storedKeys(
        trx,
        articles.flatMap((a, i) => articleKeys(a.record, hashes[i]!)),
      )
      // What each new article finds in the store, looked up for the whole batch at once: the
      // store does not change until the batch is written at its end.
      const plans = articles.map(({ record }, i) => {
        const existing = articleKeys(record, hashes[i]!).find((key) => stored.has(key))
        return existing ? { existing: stored.get(existing)! } : articleDraft(record)
      })
      const drafts = plans.map((plan) => ('existing' in plan ? null : plan))
      const originals = await storedOriginals(
        trx,
        this.#dialect,
        drafts.map((d) => d?.probe ?? null),
      )
      const fresh = drafts.map((d, i) => (d ? articles[i]!.record : null))
      const stories = await storedStoryCandidates(trx, this.#dialect, fresh)
      const answers = await storedAnswers(trx, this.#dialect, fresh)
      const saved: SaveResult[] = []
      for (const [i, plan] of plans.entries()) {
        saved.push(
          'existing' in plan
            ? { id: plan.existing, status: 'exists' }
            : await this.#prepareArticle(trx, articles[i]!, hashes[i]!, plan, batch, {
                original: originals[i]!,
                stories: stories[i]!,
                answers: answers[i]!,
              }),
        )
      }
      await batch.flush(trx, this.#fullText)
      return saved
    })
    await this.#analyzeAfterGrowth(results.filter((r) => r.status !== 'exists').length)
    return results
  }

  /** Articles stored when PostgreSQL's statistics were last refreshed, and added since. */
  #analyzed: { at: number; added: number } | null = null

  /**
   * Refreshes PostgreSQL's planner statistics once a bulk import has grown the archive by a
   * fifth: planned with the statistics of a smaller table, the lookups each insert makes turn
   * into sequential scans long before autovacuum catches up. SQLite plans by its indexes alone.
   */
  async #analyzeAfterGrowth(added: number): Promise<void> {
    if (this.#dialect !== 'postgres' || added === 0) {
      return
    }
    this.#analyzed ??= { at: (await this.countArticles()) - added, added: 0 }
    this.#analyzed.added += added
    if (this.#analyzed.added >= Math.max(ANALYZE_MIN_ADDED, this.#analyzed.at / 5)) {
      await sql`ANALYZE`.execute(this.#db)
      this.#analyzed = { at: this.#analyzed.at + this.#analyzed.added, added: 0 }
    }
  }

  /**
   * Decides what becomes of a new article of a batch — a copy, or new, with its citations,
   * answers and story resolved — given what the store holds (`found`), and queues its rows.
   * An earlier article of the batch with one of its keys makes it one that exists.
   */
  async #prepareArticle(
    trx: Kysely<Database>,
    { record: analysed, dates, roleChanges }: AnalysedArticle,
    contentHash: string,
    { ingestedAt, day, probe }: ArticleDraft,
    batch: BatchWrites,
    found: {
      original: string | null
      stories: readonly StoryCandidate[]
      answers: ReadonlyMap<number, AnsweredStatement>
    },
  ): Promise<SaveResult> {
    const pending = batch.find(articleKeys(analysed, contentHash))
    if (pending !== undefined) {
      return { id: pending, status: 'exists' }
    }
    const referenced = await resolveReferences(trx, analysed, batch)
    const record = resolveResponses(referenced, found.answers, batch)
    // The stored original first: the batch's articles come later in the archive's order.
    const duplicateOf = probe
      ? (found.original ??
        batch.findOriginal(probe.fingerprint, probe.probes, probe.from, probe.to))
      : null
    batch.add({
      record,
      contentHash,
      dates,
      roleChanges: roleChanges ?? [],
      ingestedAt,
      fingerprint: probe?.fingerprint ?? null,
      day,
      duplicateOf,
      storyId: findStory(record, found.stories, batch),
    })
    return duplicateOf
      ? { id: record.id, status: 'duplicate', duplicateOf }
      : { id: record.id, status: 'inserted' }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await this.#db
      .selectFrom('articles')
      .select(['record', 'body', 'dates', 'duplicate_of'])
      .where('id', '=', id)
      .executeTakeFirst()
    return row
      ? {
          record: parseRecord(row.record, row.body),
          dates: JSON.parse(row.dates) as StoredArticle['dates'],
          duplicateOf: row.duplicate_of,
        }
      : null
  }

  async listArticles(page: PageRequest): Promise<Page<ArticleSummary>> {
    const [rows, total] = await Promise.all([
      this.#db
        .selectFrom('articles')
        .select(SUMMARY_COLUMNS)
        .where('duplicate_of', 'is', null)
        .orderBy('published', 'desc')
        .orderBy('seq', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.#db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('duplicate_of', 'is', null)
        .executeTakeFirst()
        .then((row) => Number(row?.n ?? 0)),
    ])
    return { total, items: rows.map(toSummary) }
  }

  search(query: SearchQuery): Promise<SearchResults> {
    const { q, limit, offset, sort, ...filters } = query
    return searchArticles(
      this.#db,
      this.#fullText,
      q,
      filters,
      { limit, offset, sort: sort ?? 'relevance' },
      toSummary,
    )
  }

  async articlesByActor(actorId: string, page: PageRequest): Promise<Page<ArticleSummary>> {
    const base = this.#db
      .selectFrom('articles')
      .innerJoin('article_actors', 'article_actors.article_id', 'articles.id')
      .where('article_actors.actor_id', '=', actorId)
    const [rows, count] = await Promise.all([
      base
        .select(SUMMARY_COLUMNS.map((c) => `articles.${c}` as const))
        .orderBy('articles.published', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    ])
    return { total: Number(count?.n ?? 0), items: rows.map(toSummary) }
  }

  statementThread(id: string): Promise<StatementThread | null> {
    return statementThread(this.#db, id)
  }

  latestStatements(limit: number): Promise<StatementWithAnswers[]> {
    return desk.latestStatements(this.#db, limit)
  }

  articleResponses(articleId: string): Promise<ThreadStatement[] | null> {
    return desk.articleResponses(this.#db, articleId)
  }

  activeActors(limit: number): Promise<ActiveActor[]> {
    return desk.activeActors(this.#db, limit)
  }

  actorActivity(actorId: string, limit: number): Promise<ActorActivity> {
    return desk.actorActivity(this.#db, actorId, limit)
  }

  actorNetwork(range: DayRange & { limit: number }): Promise<ActorNetwork> {
    return desk.actorNetwork(this.#db, range)
  }

  counterparts(actorId: string, limit: number): Promise<Counterpart[]> {
    return eventQueries.counterparts(this.#db, actorId, limit)
  }

  dyadTimeline(dyad: string, range: DayRange): Promise<DyadTimeline> {
    return eventQueries.dyadTimeline(this.#db, dyad, range)
  }

  dyadEvents(dyad: string, range: DayRange & PageRequest): Promise<Page<DyadEvent>> {
    return eventQueries.dyadEvents(this.#db, dyad, range)
  }

  dyadTensions(limit: number): Promise<DyadTension[]> {
    return eventQueries.dyadTensions(this.#db, limit)
  }

  enqueueUrls(urls: readonly string[], now = new Date()): Promise<string[]> {
    return jobs.enqueueUrls(this.#db, urls, now)
  }

  claimJob(worker: string, now = new Date()): Promise<Job | null> {
    return jobs.claimJob(this.#db, this.#dialect, worker, now)
  }

  finishJob(job: Job, error: string | null, now = new Date()): Promise<void> {
    return jobs.finishJob(this.#db, job, error, now)
  }

  jobCounts(): Promise<Record<Job['status'], number>> {
    return jobs.jobCounts(this.#db)
  }

  addMetrics(increments: MetricIncrement[]): Promise<void> {
    return metrics.addMetrics(this.#db, increments)
  }

  readMetrics(): Promise<MetricIncrement[]> {
    return metrics.readMetrics(this.#db)
  }

  listStories(limit: number): Promise<Story[]> {
    return listStories(this.#db, limit, toSummary)
  }

  async storyOfArticle(articleId: string): Promise<Story | null> {
    const id = await storyOf(this.#db, articleId)
    return id ? getStory(this.#db, id, toSummary) : null
  }

  relatedArticles(id: string, limit: number): Promise<RelatedArticle[] | null> {
    return relatedArticles(this.#db, id, limit, toSummary)
  }

  relatedToRecord(
    record: ArticleRecord,
    limit: number,
    options?: { tags?: readonly string[]; exclude?: readonly string[] },
  ): Promise<RelatedArticle[]> {
    return relatedToRecord(this.#db, record, limit, toSummary, options)
  }

  async getActor(id: string): Promise<RecordActor | null> {
    const row = await this.#db
      .selectFrom('actors')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? { ...row, kind: row.kind as RecordActor['kind'] } : null
  }

  async countArticles(): Promise<number> {
    const row = await this.#db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }

  async *exportRecords(filter: ExportFilter = {}): AsyncIterable<ExportedRecord> {
    // Keyset paging keeps memory flat however large the archive is.
    let after = 0
    for (;;) {
      let query = this.#db
        .selectFrom('articles')
        .select(['seq', 'record', 'body', 'duplicate_of'])
        .where('seq', '>', after)
      if (filter.from) {
        query = query.where('published', '>=', filter.from)
      }
      if (filter.to) {
        // "to" is a day: every time on it sorts below the day followed by "~".
        query = query.where('published', '<=', `${filter.to}~`)
      }
      if (filter.actor) {
        const actor = filter.actor
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('article_actors')
              .select('actor_id')
              .whereRef('article_actors.article_id', '=', 'articles.id')
              .where('actor_id', '=', actor),
          ),
        )
      }
      const rows = await query.orderBy('seq').limit(500).execute()
      for (const row of rows) {
        yield { record: parseRecord(row.record, row.body), duplicateOf: row.duplicate_of }
      }
      const last = rows[rows.length - 1]
      if (!last) {
        return
      }
      after = last.seq
    }
  }

  listProposals(query: ProposalQuery): Promise<Page<RoleProposal>> {
    return listProposals(this.#db, query)
  }

  getProposal(id: string): Promise<RoleProposal | null> {
    return getProposal(this.#db, id)
  }

  decideProposal(id: string, status: 'accepted' | 'rejected'): Promise<RoleProposal | null> {
    return decideProposal(this.#db, id, status)
  }

  addSource(url: string, intervalSeconds: number, now = new Date()): Promise<Source> {
    return sources.addSource(this.#db, url, intervalSeconds, now)
  }

  getSource(idOrUrl: string, now = new Date()): Promise<Source | null> {
    return sources.getSource(this.#db, idOrUrl, now)
  }

  listSources(now = new Date()): Promise<Source[]> {
    return sources.listSources(this.#db, now)
  }

  removeSource(idOrUrl: string): Promise<boolean> {
    return sources.removeSource(this.#db, idOrUrl)
  }

  dueSources(now: Date): Promise<Source[]> {
    return sources.dueSources(this.#db, now)
  }

  recordPoll(source: Source, outcome: PollOutcome, now: Date): Promise<void> {
    return sources.recordPoll(this.#db, source, outcome, now)
  }

  newItems(sourceId: string, urls: readonly string[], now: Date): Promise<string[]> {
    return sources.newItems(this.#db, sourceId, urls, now)
  }

  createAlert(input: AlertInput): Promise<Alert> {
    return alerts.createAlert(this.#db, input, new Date())
  }

  listAlerts(): Promise<Alert[]> {
    return alerts.listAlerts(this.#db)
  }

  getAlert(id: string): Promise<Alert | null> {
    return alerts.getAlert(this.#db, id)
  }

  deleteAlert(id: string): Promise<boolean> {
    return alerts.deleteAlert(this.#db, id)
  }

  evaluateAlerts(now: Date): Promise<{ alertId: string; articleId: string }[]> {
    return alerts.evaluateAlerts(this.#db, this.#fullText, now)
  }

  alertHits(
    alertId: string,
    limit: number,
  ): Promise<{ matchedAt: string; record: ArticleRecord }[]> {
    return alerts.alertHits(this.#db, alertId, limit)
  }

  dueDeliveries(now: Date): Promise<AlertDelivery[]> {
    return alerts.dueDeliveries(this.#db, now)
  }

  listDeliveries(alertId: string): Promise<AlertDelivery[]> {
    return alerts.listDeliveries(this.#db, alertId)
  }

  recordDelivery(delivery: AlertDelivery, error: string | null, now: Date): Promise<void> {
    return alerts.recordDelivery(this.#db, delivery, error, now)
  }

  createToken(name: string, options?: TokenOptions): Promise<{ token: ApiToken; secret: string }> {
    return tokens.createToken(this.#db, name, new Date(), options)
  }

  listTokens(userId?: string): Promise<ApiToken[]> {
    return tokens.listTokens(this.#db, userId)
  }

  revokeToken(id: string, userId?: string): Promise<boolean> {
    return tokens.revokeToken(this.#db, id, new Date(), userId)
  }

  verifyToken(secret: string): Promise<ApiToken | null> {
    return tokens.verifyToken(this.#db, secret)
  }

  async close(): Promise<void> {
    await this.#db.destroy()
  }
}

/**
 * The stored articles known by any of `keys` ({@link articleKeys}), key to id: one indexed
 * lookup per key column for the whole batch, not an OR over four columns per article, which
 * PostgreSQL planned as a sequential scan while its statistics still described a small table.
 */
async function storedKeys(
  db: Kysely<Database>,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const lookups = [
    ['hash:', ['content_hash']],
    ['id:', ['id']],
    ['url:', ['url', 'canonical_url']],
  ] as const
  for (const [prefix, columns] of lookups) {
    const wanted = [
      ...new Set(keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))),
    ]
    for (const column of columns) {
      for (const values of chunks(wanted, 1)) {
        const rows = await db
          .selectFrom('articles')
          .select(['id', column])
          .where(column, 'in', values)
          .execute()
        for (const row of rows) {
          // A URL that is one article's and another's canonical URL means the first, as before.
          const key = `${prefix}${String(row[column])}`
          if (!found.has(key)) {
            found.set(key, row.id)
          }
        }
      }
    }
  }
  return found
}

/**
 * The content hash of a body: SHA-256 of its lower-cased text with every run of whitespace made
 * one space. Only the runs that are not a single space already are replaced — the same text,
 * a third of the time of replacing every space of a long body.
 */
export function hashBody(body: string): string {
  return createHash('sha256')
    .update(
      body
        .replace(/\s{2,}|[^\S ]/g, ' ')
        .trim()
        .toLowerCase(),
    )
    .digest('hex')
}

/** A summary row as the API shows it, its excerpt cut from the body. */
export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: { name: row.source_name, domain: row.source_domain },
    byline: row.byline,
    published: row.published,
    language: row.language,
    excerpt: excerpt(row.body),
  }
}

function excerpt(body: string, length = 240): string {
  if (body.length <= length) {
    return body
  }
  const cut = body.slice(0, length)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : length)}…`
}
