import type { Insertable, Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { RoleChange } from '../kb/role-change.ts'
import { hammingDistance, MAX_DISTANCE, simhashBands } from '../extract/dedupe/simhash.ts'
import { eventRows } from './event-rows.ts'
import { indexTags } from './index-tags.ts'
import type { FullText } from './full-text.ts'
import { proposalRows } from './proposal-queries.ts'
import { leadTerms } from './related-queries.ts'
import type { Database } from './schema.ts'
import { recordJson } from './record-json.ts'
import { copyKeys } from './stored-originals.ts'

/** Bound parameters per statement, under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000

/** An article of the batch, decided on but not yet written. */
export interface PendingArticle {
  record: ArticleRecord
  contentHash: string
  dates: unknown
  roleChanges: readonly RoleChange[]
  ingestedAt: string
  fingerprint: string | null
  /** The day copies are compared around, as a day number (see duplicate-window.ts). */
  day: number
  duplicateOf: string | null
  storyId: string
}

/** A stored or pending article that a new one may join in a story. */
export interface StoryCandidate {
  title: string
  source_domain: string | null
  story_id: string
  /** The lead: the first LEAD_CHARS characters of the body. */
  body: string
  shared: number | string
}

/** A stored or pending statement that a new one may answer. */
export interface AnsweredCandidate {
  id: string
  article_id: string
  published: string | null
  actors: readonly string[]
}

/** A stored or pending article that a citation may mean. */
export interface CitedCandidate {
  id: string
  published: string | null
  actors: readonly string[]
}

/**
 * The articles of a batch being saved in one transaction. Every row is written at the end of
 * the batch in a few multi-row statements (an import of a million articles spent most of its
 * time on one statement per row), so the lookups a later article of the batch makes against
 * the store — is it stored already, a copy, part of a story, an answer, a citation — are also
 * made here, against the articles before it. Each lookup mirrors its SQL counterpart, and a
 * batch saves exactly what saving its articles one by one would.
 */
export class BatchWrites {
  readonly #articles: PendingArticle[] = []
  /** `hash:…`, `id:…` and `url:…` keys of the pending articles, to their ids. */
  readonly #keys = new Map<string, string>()
  readonly #bands = new Map<number, PendingArticle[]>()
  readonly #order = new Map<PendingArticle, number>()
  readonly #byActor = new Map<string, PendingArticle[]>()
  readonly #bySpeaker = new Map<string, AnsweredCandidate[]>()
  readonly #statementIds = new Set<string>()
  /** Lead terms of the story candidates seen, by title and lead: many articles share them. */
  readonly #leadTerms = new Map<string, Set<string>>()

  /** The lead terms of a story candidate ({@link leadTerms}), made once per batch. */
  leadTermsOf(candidate: Pick<StoryCandidate, 'title' | 'body'>): Set<string> {
    const key = `${candidate.title}\u0000${candidate.body}`
    let terms = this.#leadTerms.get(key)
    if (!terms) {
      terms = leadTerms(candidate)
      this.#leadTerms.set(key, terms)
    }
    return terms
  }

  /** The id of a pending article with one of these keys (see {@link articleKeys}). */
  find(keys: readonly string[]): string | undefined {
    for (const key of keys) {
      const id = this.#keys.get(key)
      if (id !== undefined) {
        return id
      }
    }
    return undefined
  }

  /** The first pending article within MAX_DISTANCE bits, dated in [from, to], as its original. */
  findOriginal(fingerprint: string, probes: readonly number[], from: number, to: number) {
    const seen = new Set<PendingArticle>()
    const matches: PendingArticle[] = []
    for (const probe of probes) {
      for (const article of this.#bands.get(probe) ?? []) {
        if (!seen.has(article) && article.day >= from && article.day <= to) {
          seen.add(article)
          matches.push(article)
        }
      }
    }
    const match = matches
      .sort((a, b) => this.#order.get(a)! - this.#order.get(b)!)
      .find((a) => hammingDistance(a.fingerprint!, fingerprint) <= MAX_DISTANCE)
    return match ? (match.duplicateOf ?? match.record.id) : null
  }

  /** Pending originals published in [from, to] sharing two or more of `actors`, in order. */
  storyCandidates(actors: readonly string[], from: string, to: string, lead: number) {
    const shared = new Map<PendingArticle, number>()
    for (const actor of actors) {
      for (const article of this.#byActor.get(actor) ?? []) {
        shared.set(article, (shared.get(article) ?? 0) + 1)
      }
    }
    const candidates: (StoryCandidate & { order: number })[] = []
    for (const [article, count] of shared) {
      const { record, duplicateOf, storyId } = article
      const published = record.published
      if (
        count >= 2 &&
        !duplicateOf &&
        published !== null &&
        published >= from &&
        published <= to
      ) {
        candidates.push({
          title: record.title,
          source_domain: record.source.domain,
          story_id: storyId,
          body: record.body.slice(0, lead),
          shared: count,
          order: this.#order.get(article)!,
        })
      }
    }
    return candidates.sort((a, b) => a.order - b.order)
  }

  /**
   * The latest pending statement by `speaker`, published in [from, to], in an article that also
   * mentions one of `others`; a statement whose id an earlier one took is not stored, so never
   * answered.
   */
  latestStatementBy(
    speaker: string,
    others: ReadonlySet<string>,
    from: string,
    to: string,
  ): AnsweredCandidate | null {
    let best: AnsweredCandidate | null = null
    for (const candidate of this.#bySpeaker.get(speaker) ?? []) {
      const published = candidate.published
      if (
        published !== null &&
        published >= from &&
        published <= to &&
        // On a tie the later statement, as the stored lookup returns it.
        (!best || published >= best.published!) &&
        candidate.actors.some((id) => others.has(id))
      ) {
        best = candidate
      }
    }
    return best
  }

  /** Pending originals of the outlet named `publisher` (any case) published by `before`. */
  articlesOf(publisher: string, before: string | null): CitedCandidate[] {
    const name = publisher.toLowerCase()
    return this.#articles
      .filter(
        ({ record, duplicateOf }) =>
          !duplicateOf &&
          record.source.name?.toLowerCase() === name &&
          (before === null || (record.published !== null && record.published <= before)),
      )
      .map(({ record }) => ({
        id: record.id,
        published: record.published,
        actors: record.actors.map((a) => a.id),
      }))
  }

  /** Queues an article, which later lookups of the batch now see. */
  add(article: PendingArticle): void {
    const { record } = article
    this.#order.set(article, this.#articles.length)
    this.#articles.push(article)
    const actors = [...new Set(record.actors.map((a) => a.id))]
    for (const actor of actors) {
      listOf(this.#byActor, actor).push(article)
    }
    for (const statement of record.statements) {
      const speaker = statement.speaker.actor
      if (speaker && !this.#statementIds.has(statement.id)) {
        listOf(this.#bySpeaker, speaker).push({
          id: statement.id,
          article_id: record.id,
          published: record.published,
          actors,
        })
      }
      this.#statementIds.add(statement.id)
    }
    for (const key of articleKeys(article.record, article.contentHash)) {
      if (!this.#keys.has(key)) {
        this.#keys.set(key, article.record.id)
      }
    }
    for (const band of article.fingerprint ? simhashBands(article.fingerprint) : []) {
      listOf(this.#bands, band).push(article)
    }
  }

  /** Writes the queued articles and their rows, inside the batch's transaction. */
  async flush(db: Kysely<Database>, fullText: FullText): Promise<void> {
    if (this.#articles.length === 0) {
      return
    }
    const seqs = new Map<string, number>()
    // Copies are never indexed: searches find the original once.
    const tags = this.#articles.map((a) => (a.duplicateOf ? null : indexTags(a.record)))
    const articleRows = this.#articles.map(articleRow)
    for (const rows of chunks(articleRows, Object.keys(articleRows[0]!).length)) {
      for (const row of await db
        .insertInto('articles')
        .values(rows)
        .returning(['id', 'seq'])
        .execute()) {
        seqs.set(row.id, row.seq)
      }
    }
    const indexRows = this.#articles.flatMap(({ record }, i) =>
      tags[i] === null
        ? []
        : [{ seq: seqs.get(record.id)!, title: record.title, body: record.body, tags: tags[i]! }],
    )
    await insert(
      db,
      'article_index_tags',
      indexRows.map(({ seq, tags }) => ({ seq, tags })),
    )
    for (const rows of chunks(indexRows, 4)) {
      await fullText.index(db, rows)
    }
    await insert(db, 'actors', this.#actorRows(), 'id')
    await insert(db, 'article_actors', this.#rows(articleActorRows), 'any')
    await insert(
      db,
      'event_rows',
      this.#rows((a) => eventRows(a.record)),
    )
    await insert(db, 'article_events', this.#rows(eventRootRows))
    await insert(
      db,
      'article_stories',
      this.#articles.map((a) => ({ article_id: a.record.id, story_id: a.storyId })),
    )
    await insert(db, 'statements', this.#rows(statementRows), 'id')
    await insert(
      db,
      'role_proposals',
      this.#rows((a) => proposalRows(a.record.id, a.roleChanges, a.ingestedAt)),
      'id',
    )
    await insert(
      db,
      'article_copy_keys',
      this.#rows((a) =>
        a.fingerprint ? copyKeys(seqs.get(a.record.id)!, a.fingerprint, a.day) : [],
      ),
    )
  }

  #rows<T>(rowsOf: (article: PendingArticle) => T[]): T[] {
    return this.#articles.flatMap(rowsOf)
  }

  #actorRows(): Insertable<Database['actors']>[] {
    const actors = new Map<string, Insertable<Database['actors']>>()
    for (const actor of this.#articles.flatMap((a) => a.record.actors)) {
      if (!actors.has(actor.id)) {
        const { id, name, kind, country, cameo, role } = actor
        actors.set(id, { id, name, kind, country, cameo, role })
      }
    }
    return [...actors.values()]
  }
}

/**
 * Inserts rows in statements of at most MAX_PARAMETERS values, skipping those that clash on
 * `id` or on any unique key when `skip` says so.
 */
async function insert<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
  skip?: 'id' | 'any',
): Promise<void> {
  // Kysely cannot type a query over a table chosen at run time.
  const loose = db as unknown as Kysely<Record<string, { id: string }>>
  for (const chunk of chunks(rows, Object.keys(rows[0] ?? {}).length)) {
    const query = loose.insertInto(table).values(chunk as never)
    await (
      skip === 'id'
        ? query.onConflict((oc) => oc.column('id').doNothing())
        : skip === 'any'
          ? query.onConflict((oc) => oc.doNothing())
          : query
    ).execute()
  }
}

/** The list under `key`, made empty when absent. */
function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key)
  if (!list) {
    list = []
    map.set(key, list)
  }
  return list
}

/** The keys an article is known by in the store: its content hash, id and URLs. */
export function articleKeys(record: ArticleRecord, contentHash: string): string[] {
  const urls = [record.url, record.canonicalUrl].filter((u): u is string => u !== null)
  return [`hash:${contentHash}`, `id:${record.id}`, ...urls.map((u) => `url:${u}`)]
}

function articleRow(a: PendingArticle): Insertable<Database['articles']> {
  const { record } = a
  return {
    id: record.id,
    url: record.url,
    canonical_url: record.canonicalUrl,
    content_hash: a.contentHash,
    source_name: record.source.name,
    source_domain: record.source.domain,
    title: record.title,
    byline: record.byline,
    published: record.published,
    language: record.language,
    body: record.body,
    record: recordJson(record),
    dates: JSON.stringify(a.dates),
    ingested_at: a.ingestedAt,
    simhash: a.fingerprint,
    duplicate_of: a.duplicateOf,
  }
}

function articleActorRows({ record }: PendingArticle): Insertable<Database['article_actors']>[] {
  return [...new Set(record.actors.map((actor) => actor.id))].map((id) => ({
    article_id: record.id,
    actor_id: id,
    published: record.published,
  }))
}

function eventRootRows({ record }: PendingArticle): Insertable<Database['article_events']>[] {
  return [...new Set(record.events.map((e) => e.root))].map((root) => ({
    article_id: record.id,
    root,
  }))
}

function statementRows({ record }: PendingArticle): Insertable<Database['statements']>[] {
  return record.statements.map((s) => ({
    id: s.id,
    article_id: record.id,
    speaker_actor: s.speaker.actor,
    speaker_name: s.speaker.name,
    responds_to: s.respondsTo?.statement ?? null,
    published: record.published,
  }))
}

/** The most rows one insert statement takes. */
const MAX_ROWS = 256

/**
 * `rows` in runs small enough for one statement each, `columns` parameters a row. The runs come
 * in a few fixed sizes (powers of two): SQLite compiles every statement it is given, and a
 * million-article import that sent a differently sized statement per batch kept the compiled
 * programs of thousands of shapes in memory, its resident size growing with the archive.
 */
export function* chunks<T>(rows: readonly T[], columns: number): Generator<T[]> {
  const limit = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Math.max(1, columns)))
  let largest = 1
  while (largest * 2 <= limit) {
    largest *= 2
  }
  for (let i = 0, size = largest; i < rows.length; i += size) {
    while (size > rows.length - i) {
      size /= 2
    }
    yield rows.slice(i, i + size)
  }
}
