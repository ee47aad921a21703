import { sql, type Kysely, type Migration } from 'kysely'

/**
 * Each article–actor link carries the article's publication date, indexed with the actor, so
 * "articles of this actor in these days" (stories, answers, timelines) reads a range of the
 * index instead of every article the actor was ever in — which for a head of government is a
 * good part of the archive. The new index replaces the actor-only one.
 */
export const actorDays: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('article_actors').addColumn('published', 'text').execute()
    await sql`UPDATE article_actors SET published = (
      SELECT articles.published FROM articles WHERE articles.id = article_actors.article_id
    )`.execute(db)
    await db.schema
      .createIndex('article_actors_actor_published')
      .on('article_actors')
      .columns(['actor_id', 'published'])
      .execute()
    await db.schema.dropIndex('article_actors_actor').execute()
  },
}
