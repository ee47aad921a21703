import { sql, type Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { ArticleSummary } from '../core/article-summary.ts'
import type { Database } from './schema.ts'
import { parseRecord } from './record-json.ts'

/** A related article and why it was chosen. */
export interface RelatedArticle extends ArticleSummary {
  score: number
  reasons: { actors: string[]; eventRoots: string[]; terms: string[] }
}

const STOPWORDS = new Set(
  'the a an of to in on and for with at by from as is was were be been that this it its his her their said says after over into about than but not will would has have had are or who which'.split(
    ' ',
  ),
)

/** Articles looked at per actor on each side of the article's date. */
const NEAR_PER_ACTOR = 250

/**
 * Articles related to one ("See Also"): candidates share at least one actor and are among that
 * actor's 500 articles nearest in time (250 before, 250 after); each is scored by
 * the actors it shares (people, institutions and organisations weigh three times a country, so
 * that two stories about one minister beat two stories that both mention Armenia), the CAMEO
 * roots of their events, and the words of title and lead. Copies and the article itself are
 * left out. The reasons say what was shared.
 */
export async function relatedArticles(
  db: Kysely<Database>,
  id: string,
  limit: number,
  toSummary: (row: SummaryRow) => ArticleSummary,
): Promise<RelatedArticle[] | null> {
  const own = await db
    .selectFrom('articles')
    .select(['record', 'body'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!own) {
    return null
  }
  return relatedToRecord(db, parseRecord(own.record, own.body), limit, toSummary)
}

/**
 * Stored articles related to a record that need not be stored itself (an editor's draft): the
 * same ranking as {@link relatedArticles}, with `tags` counted as words of the lead, and the
 * ids in `exclude` (and the record's own) left out.
 */
export async function relatedToRecord(
  db: Kysely<Database>,
  record: ArticleRecord,
  limit: number,
  toSummary: (row: SummaryRow) => ArticleSummary,
  options: { tags?: readonly string[]; exclude?: readonly string[] } = {},
): Promise<RelatedArticle[]> {
  const actorIds = [...new Set(record.actors.map((a) => a.id))]
  const exclude = [record.id, ...(options.exclude ?? [])]
  if (actorIds.length === 0) {
    return []
  }
  // Each actor's articles nearest in time to this one, through the (actor, date) index: a head
  // of government is in a good part of the archive, and counting shared actors over all of it
  // grew with the archive.
  const day = record.published ?? '9999'
  const near = sql.join(
    actorIds.flatMap((actor) => [
      sql`SELECT * FROM (SELECT article_id FROM article_actors WHERE actor_id = ${actor} AND published <= ${day} ORDER BY published DESC LIMIT ${NEAR_PER_ACTOR}) AS b`,
      sql`SELECT * FROM (SELECT article_id FROM article_actors WHERE actor_id = ${actor} AND published > ${day} ORDER BY published LIMIT ${NEAR_PER_ACTOR}) AS f`,
    ]),
    sql` UNION `,
  )
  const candidates = await db
    .selectFrom('article_actors as theirs')
    .innerJoin('articles', 'articles.id', 'theirs.article_id')
    .select(['theirs.article_id as id', sql<number>`count(*)`.as('shared')])
    .where('theirs.actor_id', 'in', actorIds)
    .where('theirs.article_id', 'in', sql<string>`(${near})`)
    .where('theirs.article_id', 'not in', exclude)
    .where('articles.duplicate_of', 'is', null)
    .groupBy('theirs.article_id')
    .orderBy('shared', 'desc')
    .limit(200)
    .execute()
  if (candidates.length === 0) {
    return []
  }
  const rows = await db
    .selectFrom('articles')
    .select([
      'id',
      'title',
      'url',
      'source_name',
      'source_domain',
      'byline',
      'published',
      'language',
      'body',
      'record',
    ])
    .where(
      'id',
      'in',
      candidates.map((c) => c.id),
    )
    .execute()
  const ownActors = new Map(record.actors.map((a) => [a.id, a]))
  const ownRoots = new Set(record.events.map((e) => e.root))
  const ownTerms = leadTerms(record)
  for (const tag of options.tags ?? []) {
    for (const word of tag.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
      ownTerms.add(word)
    }
  }
  const scored = rows.map((row) => {
    const other = parseRecord(row.record, row.body)
    const actors = other.actors.filter((a) => ownActors.has(a.id))
    const eventRoots = [...new Set(other.events.map((e) => e.root))].filter((r) => ownRoots.has(r))
    const otherTerms = leadTerms(other)
    const sharedTerms = [...ownTerms].filter((t) => otherTerms.has(t))
    const jaccard = sharedTerms.length / (ownTerms.size + otherTerms.size - sharedTerms.length || 1)
    const score =
      actors.reduce((sum, a) => sum + (a.kind === 'country' ? 0.5 : 1.5), 0) +
      eventRoots.length * 0.5 +
      jaccard * 10
    return {
      ...toSummary(row),
      score: Math.round(score * 100) / 100,
      reasons: { actors: actors.map((a) => a.id), eventRoots, terms: sharedTerms.slice(0, 8) },
    }
  })
  return scored
    .sort((a, b) => b.score - a.score || (b.published ?? '').localeCompare(a.published ?? ''))
    .slice(0, limit)
}

/** The columns a summary is made from. */
export interface SummaryRow {
  id: string
  title: string
  url: string | null
  source_name: string | null
  source_domain: string | null
  byline: string | null
  published: string | null
  language: string
  body: string
}

/** How much of the body counts as its lead. */
export const LEAD_CHARS = 600

/** The distinctive words of an article's title and lead, for comparing two articles. */
export function leadTerms(record: Pick<ArticleRecord, 'title' | 'body'>): Set<string> {
  const text = `${record.title} ${record.body.slice(0, LEAD_CHARS)}`.toLowerCase()
  return new Set((text.match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((word) => !STOPWORDS.has(word)))
}
