import type { OpenAPIHono } from '@hono/zod-openapi'
import { getMessage } from '../../core/errors.ts'
import { renderStoredMetrics } from '../../monitor/metrics.ts'
import type { Source } from '../../store/source-queries.ts'
import type { AppDeps } from '../deps.ts'

/**
 * Operations: `GET /api/health` (the database answers; how the watched sources are doing) and
 * `GET /metrics` in the Prometheus text format. Both read from the store, so they describe
 * every watcher process writing to it, not only this server.
 */
export function registerOperationRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.get('/api/health', async (c) => {
    try {
      const [articles, sources, queue] = await Promise.all([
        deps.store.countArticles(),
        deps.store.listSources(),
        deps.store.jobCounts(),
      ])
      const now = Date.now()
      return c.json({
        ok: true,
        database: { ok: true, articles },
        queue,
        poller: pollerHealth(sources, now),
        sources: {
          total: sources.length,
          failing: sources.filter(
            (s) => s.lastErrorAt && (!s.lastSuccessAt || s.lastErrorAt > s.lastSuccessAt),
          ).length,
          warnings: sources
            .filter((s) => s.health.warning)
            .map((s) => ({ id: s.id, url: s.url, warning: s.health.warning })),
          lastSuccessAt:
            sources
              .map((s) => s.lastSuccessAt)
              .filter((t): t is string => t !== null)
              .sort()
              .pop() ?? null,
        },
      })
    } catch (error: unknown) {
      return c.json({ ok: false, database: { ok: false, error: getMessage(error) } }, 503)
    }
  })
  app.get('/metrics', async (c) => {
    const [articles, sources, alerts, queue, counters] = await Promise.all([
      deps.store.countArticles(),
      deps.store.listSources(),
      deps.store.listAlerts(),
      deps.store.jobCounts(),
      deps.store.readMetrics(),
    ])
    const deliveries = (
      await Promise.all(alerts.map((a) => deps.store.listDeliveries(a.id)))
    ).flat()
    const count = (status: string): number => deliveries.filter((d) => d.status === status).length
    const lines = [
      '# HELP watchdesk_articles Articles stored.',
      '# TYPE watchdesk_articles gauge',
      `watchdesk_articles ${articles}`,
      '# HELP watchdesk_source_items_seen Items each source has listed.',
      '# TYPE watchdesk_source_items_seen gauge',
      ...sources.map((s) => `watchdesk_source_items_seen{source="${s.id}"} ${s.health.itemsSeen}`),
      '# HELP watchdesk_source_failing 1 when the last poll of a source failed.',
      '# TYPE watchdesk_source_failing gauge',
      ...sources.map(
        (s) =>
          `watchdesk_source_failing{source="${s.id}"} ${s.lastErrorAt && (!s.lastSuccessAt || s.lastErrorAt > s.lastSuccessAt) ? 1 : 0}`,
      ),
      '# HELP watchdesk_alert_deliveries Alert deliveries by status (pending is the queue depth).',
      '# TYPE watchdesk_alert_deliveries gauge',
      ...['pending', 'delivered', 'failed'].map(
        (status) => `watchdesk_alert_deliveries{status="${status}"} ${count(status)}`,
      ),
      '# HELP watchdesk_queue_jobs Fetch jobs in the queue by status (queued is the depth).',
      '# TYPE watchdesk_queue_jobs gauge',
      ...Object.entries(queue).map(
        ([status, n]) => `watchdesk_queue_jobs{status="${status}"} ${n}`,
      ),
      ...renderStoredMetrics(counters),
      '# HELP process_resident_memory_bytes Resident memory of this server.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${process.memoryUsage().rss}`,
      '',
    ]
    return c.text(lines.join('\n'), 200, { 'content-type': 'text/plain; version=0.0.4' })
  })
}

/**
 * Whether anything is polling: the last poll of any source, the next one due, and the sources
 * overdue by more than their own interval (none are when a watcher runs).
 */
function pollerHealth(sources: readonly Source[], now: number) {
  const lastPollAt =
    sources
      .flatMap((s) => [s.lastSuccessAt, s.lastErrorAt])
      .filter((t): t is string => t !== null)
      .sort()
      .pop() ?? null
  const nextPollAt = sources.map((s) => s.nextPollAt).sort()[0] ?? null
  const overdue = sources.filter(
    (s) => now - Date.parse(s.nextPollAt) > s.intervalSeconds * 1000,
  ).length
  return { lastPollAt, nextPollAt, overdue }
}
