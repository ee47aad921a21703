/**
 * Links to `GET /api/export` (docs/export.md): the formats, what each holds, and the URL and
 * file name of a download.
 * @module
 */

/** The export formats of `GET /api/export`. */
export type ExportFormat = 'jsonl' | 'csv' | 'events-tsv'

/** One export format as the UI offers it. */
export interface ExportFormatInfo {
  format: ExportFormat
  /** The link text. */
  label: string
  /** File extension of the download. */
  extension: string
  /** One line on what the file holds. */
  description: string
}

/** Every export format, in the order the UI lists them. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  {
    format: 'jsonl',
    label: 'Article Records (JSON Lines)',
    extension: 'jsonl',
    description:
      'One complete Article Record per line: text, actors, quotes, statements, events and references.',
  },
  {
    format: 'csv',
    label: 'Article table (CSV)',
    extension: 'csv',
    description:
      'One row per article: date, outlet, title, URL, actor ids and counts of quotes and events; opens in a spreadsheet.',
  },
  {
    format: 'events-tsv',
    label: 'Coded events (GDELT-style TSV)',
    extension: 'tsv',
    description:
      'One row per CAMEO-coded event, tab-separated, with GDELT 1.0’s columns so GDELT tools can read it.',
  },
]

/** What to export: a format, and optionally the articles of one actor or a date range. */
export interface ExportQuery {
  format: ExportFormat
  /** Only articles mentioning this actor id. */
  actor?: string | undefined
  /** `YYYY-MM-DD`, inclusive. */
  from?: string | undefined
  /** `YYYY-MM-DD`, inclusive. */
  to?: string | undefined
}

/** The download URL: `/api/export?format=csv&actor=nikol-pashinyan`. */
export function exportUrl({ format, actor, from, to }: ExportQuery): string {
  const params = new URLSearchParams({ format })
  if (from) {
    params.set('from', from)
  }
  if (to) {
    params.set('to', to)
  }
  if (actor) {
    params.set('actor', actor)
  }
  return `/api/export?${params.toString()}`
}

/** A file name for the download: `watchdesk-export.csv`, `watchdesk-nikol-pashinyan.tsv`. */
export function exportFileName(format: ExportFormat, actor?: string): string {
  const extension = EXPORT_FORMATS.find((info) => info.format === format)?.extension ?? format
  const slug = actor ? actor.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') : ''
  return `watchdesk-${slug || 'export'}.${extension}`
}
