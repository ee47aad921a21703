import type { Kysely, Migration } from 'kysely'
import { simhashBands } from '../../extract/dedupe/simhash.ts'
import { dedupeDay } from '../duplicate-window.ts'

/**
 * Near-duplicate lookup that stays small at scale: four 16-bit SimHash bands per article
 * (probed with one-bit variants, see simhash.ts) keyed with the article's day, so a copy is
 * looked for among articles of the weeks around it instead of among all that share a band.
 * Replaces the eight 8-bit bands of 002, which matched about one article in 32.
 */
export const simhashBandsByDay: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('article_simhash_bands')
      .addColumn('band', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('article_id', 'text', (col) =>
        col.notNull().references('articles.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('article_simhash_bands_pk', ['band', 'day', 'article_id'])
      .execute()
    await db.schema
      .createIndex('article_simhash_bands_article')
      .on('article_simhash_bands')
      .column('article_id')
      .execute()
    const typed = db as unknown as Kysely<{
      articles: {
        seq: number
        id: string
        simhash: string | null
        published: string | null
        ingested_at: string
      }
      article_simhash_bands: { band: string; day: string; article_id: string }
    }>
    // Articles stored before this migration, a page at a time.
    for (let after = -1; ;) {
      const rows = await typed
        .selectFrom('articles')
        .select(['seq', 'id', 'simhash', 'published', 'ingested_at'])
        .where('seq', '>', after)
        .where('simhash', 'is not', null)
        .orderBy('seq')
        .limit(500)
        .execute()
      if (rows.length === 0) {
        break
      }
      after = rows.at(-1)!.seq
      await typed
        .insertInto('article_simhash_bands')
        .values(
          rows.flatMap((row) =>
            simhashBands(row.simhash!).map((band) => ({
              band: textBand(band),
              day: dedupeDay(row.published, row.ingested_at),
              article_id: row.id,
            })),
          ),
        )
        .execute()
    }
    await db.schema.dropTable('article_bands').execute()
  },
}

/** A band as this migration's table wrote it, its position and hex value: `2:af03`. */
function textBand(band: number): string {
  return `${String(band >>> 16)}:${(band & 0xffff).toString(16).padStart(4, '0')}`
}
