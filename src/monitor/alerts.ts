import { getMessage } from '../core/errors.ts'
import { logger } from '../core/logger.ts'
import { assertFetchable } from '../ingest/fetch/address-guard.ts'
import type { Store } from '../store/store.ts'

/** What one round of alerting did. */
export interface AlertRound {
  hits: number
  delivered: number
  failed: number
}

/**
 * Checks the alerts against newly stored articles, then delivers every due webhook: a POST of
 * `{ alert, article }` as JSON. A failed delivery is logged on the delivery and retried with
 * backoff (see recordDelivery); the SSRF guard applies to webhook targets as to fetches.
 */
export async function runAlerts(
  store: Store,
  now: Date,
  allowPrivate = process.env.WATCHDESK_ALLOW_PRIVATE === '1',
): Promise<AlertRound> {
  const hits = await store.evaluateAlerts(now)
  let delivered = 0
  let failed = 0
  for (const delivery of await store.dueDeliveries(now)) {
    const [alert, stored] = await Promise.all([
      store.getAlert(delivery.alertId),
      store.getArticle(delivery.articleId),
    ])
    if (!alert || !stored) {
      await store.recordDelivery(delivery, 'the alert or the article no longer exists', now)
      failed++
      continue
    }
    const { record } = stored
    const payload = {
      alert: { id: alert.id, name: alert.name, query: alert.query, eventRule: alert.eventRule },
      article: {
        id: record.id,
        title: record.title,
        url: record.url,
        published: record.published,
        source: record.source,
        actors: record.actors.map((a) => a.id),
        events: record.events.map((e) => ({
          code: e.code,
          goldstein: e.goldstein,
          source: e.source.cameo,
          target: e.target?.cameo ?? null,
          date: e.date,
        })),
      },
    }
    let error: string | null = null
    try {
      const target = new URL(delivery.target)
      await assertFetchable(target, allowPrivate)
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Watchdesk alerts' },
        body: JSON.stringify(payload),
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      })
      await response.body?.cancel()
      if (!response.ok) {
        error = `webhook answered ${response.status}`
      }
    } catch (caught: unknown) {
      error = getMessage(caught)
    }
    await store.recordDelivery(delivery, error, now)
    if (error) {
      failed++
      logger.warn(
        `alert "${alert.name}": webhook ${delivery.target} failed (attempt ${delivery.attempts + 1}): ${error}`,
      )
    } else {
      delivered++
    }
  }
  return { hits: hits.length, delivered, failed }
}
