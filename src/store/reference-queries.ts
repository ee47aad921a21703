import type { Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { Database } from './schema.ts'

/** How many earlier articles of the cited outlet are weighed for one citation. */
const CANDIDATES = 50

/**
 * Links each citation of earlier coverage ("(Kura Review reported)") to the stored article it
 * most likely means: one of the cited outlet's articles published before this one (and not a
 * copy), the one sharing most actors with it, the latest on a tie. A citation that matches
 * nothing keeps `article: null`.
 */
export async function resolveReferences(
  db: Kysely<Database>,
  record: ArticleRecord,
): Promise<ArticleRecord> {
  if (record.references.length === 0) {
    return record
  }
  const actors = new Set(record.actors.map((a) => a.id))
  const references = []
  for (const reference of record.references) {
    if (!reference.publisher || reference.article) {
      references.push(reference)
      continue
    }
    let query = db
      .selectFrom('articles')
      .select(['id', 'record'])
      .where((eb) => eb(eb.fn('lower', ['source_name']), '=', reference.publisher!.toLowerCase()))
      .where('duplicate_of', 'is', null)
      .where('id', '!=', record.id)
    if (record.published) {
      query = query.where('published', '<=', record.published)
    }
    const rows = await query.orderBy('published', 'desc').limit(CANDIDATES).execute()
    let best: { id: string; shared: number } | null = null
    for (const row of rows) {
      const shared = (JSON.parse(row.record) as ArticleRecord).actors.filter((a) =>
        actors.has(a.id),
      ).length
      if (shared > 0 && (!best || shared > best.shared)) {
        best = { id: row.id, shared }
      }
    }
    references.push({ ...reference, article: best?.id ?? null })
  }
  return { ...record, references }
}
