import type { Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { ArticleSummary } from '../core/article-summary.ts'
import type { BatchWrites } from './batch-writes.ts'
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

/**
 * The story a new article belongs to: an article of another outlet published within three days
 * that shares at least two actors other than states, and a fifth of the words of title and
 * lead, is the same event; the new article joins that article's story (stored, or earlier in
 * the batch being saved), else starts its own, named by its id.
 */
export async function findStory(
  db: Kysely<Database>,
  record: ArticleRecord,
  batch: BatchWrites,
): Promise<string> {
  const day = record.published?.slice(0, 10)
  let storyId = record.id
  if (day) {
    const from = new Date(Date.parse(`${day}T00:00:00Z`) - WINDOW_DAYS * DAY)
      .toISOString()
      .slice(0, 10)
    const to = `${new Date(Date.parse(`${day}T00:00:00Z`) + WINDOW_DAYS * DAY).toISOString().slice(0, 10)}~`
    const own = [...new Set(record.actors.filter((a) => a.kind !== 'country').map((a) => a.id))]
    // Only articles sharing two of these actors can qualify: found through the actor index,
    // so that the window's other articles are never read.
    const stored =
      own.length < 2
        ? []
        : await db
            .selectFrom('article_actors')
            .innerJoin('articles', 'articles.id', 'article_actors.article_id')
            .innerJoin('article_stories', 'article_stories.article_id', 'articles.id')
            .select(['articles.title', 'articles.source_domain', 'article_stories.story_id'])
            .select((eb) => [
              eb.fn<string>('substr', ['articles.body', eb.lit(1), eb.lit(LEAD_CHARS)]).as('body'),
              eb.fn.countAll<number | string>().as('shared'),
            ])
            .where('article_actors.actor_id', 'in', own)
            .where('article_actors.published', '>=', from)
            .where('article_actors.published', '<=', to)
            .where('articles.duplicate_of', 'is', null)
            .where('articles.id', '!=', record.id)
            // By the primary key, so that PostgreSQL takes the article's other columns with it.
            .groupBy(['articles.seq', 'article_stories.story_id'])
            .having((eb) => eb.fn.countAll(), '>=', 2)
            .execute()
    // After the stored ones: the batch's articles come later in the archive's order.
    const candidates = [
      ...stored,
      ...(own.length < 2 ? [] : batch.storyCandidates(own, from, to, LEAD_CHARS)),
    ]
    const ownWords = leadTerms(record)
    let best = 0
    for (const candidate of candidates) {
      if (candidate.source_domain === record.source.domain && record.source.domain !== null) {
        continue
      }
      const shared = Number(candidate.shared)
      const otherWords = leadTerms(candidate)
      const common = [...ownWords].filter((w) => otherWords.has(w)).length
      const jaccard = common / (ownWords.size + otherWords.size - common || 1)
      if (jaccard >= 0.2 && shared + jaccard * 10 > best) {
        best = shared + jaccard * 10
        storyId = candidate.story_id
      }
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
