import { sql, type Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { ArticleSummary } from '../core/article-summary.ts'
import type { BatchWrites, StoryCandidate } from './batch-writes.ts'
import type { StoreDialect } from './dialect.ts'
import { jsonRows } from './json-rows.ts'
import { LEAD_CHARS, leadTerms, type SummaryRow } from './related-queries.ts'
import type { Database } from './schema.ts'

/** A story: articles from several outlets about one event. */
export interface Story {
  id: string
  /** The earliest article's title. */
  title: string
  first: string | null
  last: string | null
  outlets: string[]
  articles: ArticleSummary[]
}

/** Articles this many days apart or more are not the same story. */
const WINDOW_DAYS = 3
const DAY = 86_400_000

/** The actors and days a new article's story is looked for among. */
export interface StoryWindow {
  /** Its actors other than states: candidates share two of them. */
  own: string[]
  from: string
  to: string
}

/** The window of an article, or null when it can join no story: undated, or too few actors. */
export function storyWindow(record: ArticleRecord): StoryWindow | null {
  const day = record.published?.slice(0, 10)
  const own = [...new Set(record.actors.filter((a) => a.kind !== 'country').map((a) => a.id))]
  if (!day || own.length < 2) {
    return null
  }
  const time = Date.parse(`${day}T00:00:00Z`)
  const from = new Date(time - WINDOW_DAYS * DAY).toISOString().slice(0, 10)
  const to = `${new Date(time + WINDOW_DAYS * DAY).toISOString().slice(0, 10)}~`
  return { own, from, to }
}

/**
 * For each record of a batch (null: none wanted), the stored originals it may join in a story
 * ({@link findStory}): published in its window, sharing two of its actors, in the archive's
 * order; one statement for the batch. The articles sharing two actors are found through the
 * actor index before any article row is read, so that the window's others are never read.
 */
export async function storedStoryCandidates(
  db: Kysely<Database>,
  dialect: StoreDialect,
  records: readonly (ArticleRecord | null)[],
): Promise<StoryCandidate[][]> {
  const wanted = records.flatMap((record, i) => {
    const window = record && storyWindow(record)
    return window ? window.own.map((actor) => [i, record.id, actor, window.from, window.to]) : []
  })
  const candidates = records.map((): StoryCandidate[] => [])
  if (wanted.length === 0) {
    return candidates
  }
  const columns = { i: 'integer', id: 'text', actor: 'text', lo: 'text', hi: 'text' } as const
  // Each article has one story row and each actor one link per article, so the count of
  // matching links is the count of shared actors.
  const { rows } = await sql<StoryCandidate & { i: number | string }>`
    SELECT m.i, a.title, a.source_domain, s.story_id, substr(a.body, 1, ${LEAD_CHARS}) AS body,
      m.shared
    FROM (
      SELECT p.i, p.id AS own, aa.article_id, count(*) AS shared
      FROM ${jsonRows(dialect, 'p', columns, wanted)}
      JOIN article_actors aa
        ON aa.actor_id = p.actor AND aa.published >= p.lo AND aa.published <= p.hi
      GROUP BY p.i, p.id, aa.article_id
      HAVING count(*) >= 2
    ) m
    JOIN articles a ON a.id = m.article_id
    JOIN article_stories s ON s.article_id = a.id
    WHERE a.duplicate_of IS NULL AND a.id <> m.own
    ORDER BY m.i, a.seq`.execute(db)
  for (const { i, ...candidate } of rows) {
    candidates[Number(i)]!.push(candidate)
  }
  return candidates
}

/**
 * The story a new article belongs to: an article of another outlet published within three days
 * that shares at least two actors other than states, and a fifth of the words of title and
 * lead, is the same event; the new article joins that article's story (stored, from
 * {@link storedStoryCandidates}, or earlier in the batch being saved), else starts its own,
 * named by its id.
 */
export function findStory(
  record: ArticleRecord,
  stored: readonly StoryCandidate[],
  batch: BatchWrites,
): string {
  const window = storyWindow(record)
  if (!window) {
    return record.id
  }
  // After the stored ones: the batch's articles come later in the archive's order.
  const candidates = [
    ...stored,
    ...batch.storyCandidates(window.own, window.from, window.to, LEAD_CHARS),
  ]
  const ownWords = leadTerms(record)
  let storyId = record.id
  let best = 0
  for (const candidate of candidates) {
    if (candidate.source_domain === record.source.domain && record.source.domain !== null) {
      continue
    }
    const shared = Number(candidate.shared)
    const otherWords = batch.leadTermsOf(candidate)
    const common = [...ownWords].filter((w) => otherWords.has(w)).length
    const jaccard = common / (ownWords.size + otherWords.size - common || 1)
    if (jaccard >= 0.2 && shared + jaccard * 10 > best) {
      best = shared + jaccard * 10
      storyId = candidate.story_id
    }
  }
  return storyId
}

/** Stories told by at least two articles, the newest first. */
export async function listStories(
  db: Kysely<Database>,
  limit: number,
  toSummary: (row: SummaryRow) => ArticleSummary,
): Promise<Story[]> {
  const ids = await db
    .selectFrom('article_stories')
    .innerJoin('articles', 'articles.id', 'article_stories.article_id')
    .select((eb) => [
      'article_stories.story_id as id',
      eb.fn.max('articles.published').as('last'),
      eb.fn.countAll<number | string>().as('n'),
    ])
    .groupBy('article_stories.story_id')
    .having((eb) => eb.fn.countAll(), '>=', 2)
    .orderBy('last', 'desc')
    .limit(limit)
    .execute()
  return Promise.all(ids.map((row) => getStory(db, row.id, toSummary))).then((list) =>
    list.filter((s): s is Story => s !== null),
  )
}

/** One story with its articles, oldest first; null when no article has this story id. */
export async function getStory(
  db: Kysely<Database>,
  id: string,
  toSummary: (row: SummaryRow) => ArticleSummary,
): Promise<Story | null> {
  const rows = await db
    .selectFrom('article_stories')
    .innerJoin('articles', 'articles.id', 'article_stories.article_id')
    .select([
      'articles.id',
      'articles.title',
      'articles.url',
      'articles.source_name',
      'articles.source_domain',
      'articles.byline',
      'articles.published',
      'articles.language',
      'articles.body',
    ])
    .where('article_stories.story_id', '=', id)
    .orderBy('articles.published')
    .execute()
  const first = rows[0]
  if (!first) {
    return null
  }
  return {
    id,
    title: first.title,
    first: first.published,
    last: rows[rows.length - 1]?.published ?? null,
    outlets: [...new Set(rows.map((r) => r.source_name ?? r.source_domain ?? 'unknown'))],
    articles: rows.map(toSummary),
  }
}

/** The story id of an article, or null. */
export async function storyOf(db: Kysely<Database>, articleId: string): Promise<string | null> {
  const row = await db
    .selectFrom('article_stories')
    .select('story_id')
    .where('article_id', '=', articleId)
    .executeTakeFirst()
  return row?.story_id ?? null
}
