import type { OpenAPIHono } from '@hono/zod-openapi'
import { checkDay } from '../../core/day.ts'
import { exportFormat, exportLines } from '../../export/export-formats.ts'
import type { AppDeps } from '../deps.ts'

const CONTENT_TYPES = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
  'events-tsv': 'text/tab-separated-values',
} as const
const EXTENSIONS = { jsonl: 'jsonl', csv: 'csv', 'events-tsv': 'tsv' } as const

/**
 * `GET /api/export?format=jsonl|csv|events-tsv&from=&to=&actor=`: the same export as the CLI,
 * streamed as a download with no cap on rows.
 */
export function registerExportRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.get('/api/export', (c) => {
    const format = exportFormat(c.req.query('format') ?? 'jsonl')
    const filter: { from?: string; to?: string; actor?: string } = {}
    for (const key of ['from', 'to'] as const) {
      const value = checkDay(key, c.req.query(key))
      if (value !== undefined) {
        filter[key] = value
      }
    }
    const actor = c.req.query('actor')
    if (actor) {
      filter.actor = actor
    }
    const lines = exportLines(format, deps.store.exportRecords(filter))
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await lines.next()
        if (next.done) {
          controller.close()
        } else {
          controller.enqueue(encoder.encode(next.value))
        }
      },
    })
    return new Response(body, {
      headers: {
        'content-type': `${CONTENT_TYPES[format]}; charset=utf-8`,
        'content-disposition': `attachment; filename="watchdesk-export.${EXTENSIONS[format]}"`,
      },
    })
  })
}
