import { cameoCode } from '../analyse/events/cameo-table.ts'
import type { ArticleRecord } from '../core/article.ts'
import { ValidationError } from '../core/errors.ts'

/** The formats `watchdesk export` writes. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'events-tsv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Checks a format name, naming the ones there are. */
export function exportFormat(name: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(name)) {
    throw new ValidationError(
      `--format "${name}" is not supported: use ${EXPORT_FORMATS.join(', ')}`,
    )
  }
  return name as ExportFormat
}

/** Columns of the article CSV: one row per article. */
export const CSV_COLUMNS = [
  'id',
  'published',
  'source',
  'domain',
  'title',
  'byline',
  'language',
  'url',
  'actors',
  'quotes',
  'statements',
  'responses',
  'events',
  'duplicate_of',
] as const

/**
 * Columns of the event table: one row per event, in GDELT 1.0's order and names where GDELT has
 * the field, then Watchdesk's own (docs/export.md).
 */
export const EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'DATEADDED',
  'SOURCEURL',
  'ArticleId',
  'PLOVER',
  'Actor1Id',
  'Actor2Id',
  'Label',
] as const

const QUAD: Readonly<Record<string, number>> = {
  verbal_cooperation: 1,
  material_cooperation: 2,
  verbal_conflict: 3,
  material_conflict: 4,
}

/** Lines of an export, header first for the tabular formats; records are streamed in. */
export async function* exportLines(
  format: ExportFormat,
  records: AsyncIterable<{ record: ArticleRecord; duplicateOf: string | null }>,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield `${CSV_COLUMNS.join(',')}\n`
  } else if (format === 'events-tsv') {
    yield `${EVENT_COLUMNS.join('\t')}\n`
  }
  for await (const { record, duplicateOf } of records) {
    if (format === 'jsonl') {
      yield `${JSON.stringify(duplicateOf ? { ...record, duplicateOf } : record)}\n`
    } else if (format === 'csv') {
      yield `${csvRow(record, duplicateOf)}\n`
    } else {
      for (const row of eventRows(record)) {
        yield `${row}\n`
      }
    }
  }
}

function csvRow(record: ArticleRecord, duplicateOf: string | null): string {
  const cells = [
    record.id,
    record.published ?? '',
    record.source.name ?? '',
    record.source.domain ?? '',
    record.title,
    record.byline ?? '',
    record.language,
    record.url ?? '',
    record.actors.map((a) => a.id).join(';'),
    String(record.quotes.length),
    String(record.statements.length),
    String(record.statements.filter((s) => s.respondsTo).length),
    String(record.events.length),
    duplicateOf ?? '',
  ]
  return cells.map(csvCell).join(',')
}

/** RFC 4180: quote cells with commas, quotes or line breaks; double inner quotes. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function eventRows(record: ArticleRecord): string[] {
  const country = (cameo: string | null, actorId: string | null): string =>
    record.actors.find((a) => a.id === actorId)?.country ?? cameo?.slice(0, 3) ?? ''
  return record.events.map((event, index) => {
    const code = cameoCode(event.code)
    const cells = [
      `${record.id}-${index}`,
      (event.date ?? record.published?.slice(0, 10) ?? '').replace(/-/g, ''),
      event.source.cameo ?? '',
      event.source.name,
      country(event.source.cameo, event.source.actor),
      event.target?.cameo ?? '',
      event.target?.name ?? '',
      event.target ? country(event.target.cameo, event.target.actor) : '',
      index === 0 ? '1' : '0',
      event.code,
      event.code.slice(0, 3),
      event.root,
      String(code ? (QUAD[code.quad] ?? '') : ''),
      String(event.goldstein),
      event.location?.name ?? '',
      event.location?.country ?? '',
      event.location ? String(event.location.lat) : '',
      event.location ? String(event.location.lon) : '',
      (record.published ?? '').slice(0, 10).replace(/-/g, ''),
      record.url ?? '',
      record.id,
      event.plover ?? '',
      event.source.actor ?? '',
      event.target?.actor ?? '',
      event.label,
    ]
    return cells.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t')
  })
}
