import type { ArticleRecord } from '../core/article.ts'
import type { Alert } from '../store/alert-queries.ts'

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An Atom feed of an alert's hits, newest first, for feed readers and newsroom tools. */
export function alertAtomFeed(
  alert: Alert,
  hits: readonly { matchedAt: string; record: ArticleRecord }[],
  selfUrl: string,
): string {
  const updated = hits[0]?.matchedAt ?? alert.createdAt
  const entries = hits.map(({ matchedAt, record }) => {
    const link = record.url ?? record.canonicalUrl
    const summary = record.body.length > 400 ? `${record.body.slice(0, 400)}…` : record.body
    return [
      '  <entry>',
      `    <id>urn:watchdesk:article:${escape(record.id)}</id>`,
      `    <title>${escape(record.title)}</title>`,
      link ? `    <link href="${escape(link)}"/>` : '',
      `    <updated>${escape(matchedAt)}</updated>`,
      record.published
        ? `    <published>${escape(record.published.length === 10 ? `${record.published}T00:00:00Z` : record.published)}</published>`
        : '',
      record.source.name ? `    <author><name>${escape(record.source.name)}</name></author>` : '',
      `    <summary>${escape(summary)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:watchdesk:alert:${escape(alert.id)}</id>`,
    `  <title>Watchdesk alert: ${escape(alert.name)}</title>`,
    `  <link rel="self" href="${escape(selfUrl)}"/>`,
    `  <updated>${escape(updated)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
