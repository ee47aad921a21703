import type { ArticleRecord } from '../core/article.ts'

/**
 * The record as the `record` column holds it. The body is already in the `body` column, so the
 * JSON keeps an empty string in its place (the key stays, and with it the order of the keys):
 * the article's largest field is written once, not twice.
 */
export function recordJson(record: ArticleRecord): string {
  return JSON.stringify({ ...record, body: '' })
}

/** A stored record with its body put back from the `body` column. */
export function parseRecord(json: string, body: string): ArticleRecord {
  const record = JSON.parse(json) as ArticleRecord
  record.body = body
  return record
}
