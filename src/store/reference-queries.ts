import type { Kysely } from 'kysely'
import type { ArticleRecord } from '../core/article.ts'
import type { BatchWrites, CitedCandidate } from './batch-writes.ts'
import type { Database } from './schema.ts'

/** How many earlier articles of the cited outlet are weighed for one citation. */
const CANDIDATES = 50

/**
 * Links each citation of earlier coverage ("(Kura Review reported)") to the stored article it
 * most likely means: one of the cited outlet's articles published before this one (and not a
 * copy; stored, or earlier in the batch being saved), the one sharing most actors with it, the latest on a tie. A citation that matches
 * nothing keeps `article: null`.
 */
export async function resolveReferences(
  db: Kysely<Database>,
  record: ArticleRecord,
  batch: BatchWrites,
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
      .select(['id', 'published', 'record'])
      .where((eb) => eb(eb.fn('lower', ['source_name']), '=', reference.publisher!.toLowerCase()))
      .where('duplicate_of', 'is', null)
      .where('id', '!=', record.id)
    if (record.published) {
      query = query.where('published', '<=', record.published)
    }
    const stored = await query.orderBy('published', 'desc').limit(CANDIDATES).execute()
    const candidates: CitedCandidate[] = [
      ...stored.map((row) => ({
        ...row,
        // Only the actors are read: the body, kept in its own column, is not needed.
        actors: (JSON.parse(row.record) as ArticleRecord).actors.map((a) => a.id),
      })),
      ...batch.articlesOf(reference.publisher, record.published),
    ]
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))
      .slice(0, CANDIDATES)
    let best: { id: string; shared: number } | null = null
    for (const candidate of candidates) {
      const shared = candidate.actors.filter((id) => actors.has(id)).length
      if (shared > 0 && (!best || shared > best.shared)) {
        best = { id: candidate.id, shared }
      }
    }
    references.push({ ...reference, article: best?.id ?? null })
  }
  return { ...record, references }
}
