import { getMessage } from '../core/errors.ts'
import { logger } from '../core/logger.ts'
import { assertFetchable } from '../ingest/fetch/address-guard.ts'
import type { ArticleRecord } from '../core/article.ts'
import { mailerFromEnv, type Mailer, type MailMessage } from '../mail/mailer.ts'
import type { Alert } from '../store/alert-queries.ts'
import type { Store } from '../store/store.ts'

/** What one round of alerting did. */
export interface AlertRound {
  hits: number
  delivered: number
  failed: number
}

/** How deliveries go out: the SSRF rule for webhooks, and the mailer for e-mail (none: mail is off). */
export interface AlertChannels {
  allowPrivate?: boolean
  mailer?: Mailer | null
}

type Payload = ReturnType<typeof payloadOf>

/**
 * Checks the alerts against newly stored articles, then delivers every due delivery: a webhook
 * POST of `{ alert, article }` as JSON, or an e-mail through the configured SMTP server. A
 * failed delivery is logged on the delivery and retried with backoff (see recordDelivery); the
 * SSRF guard applies to webhook targets as to fetches.
 */
export async function runAlerts(
  store: Store,
  now: Date,
  channels: AlertChannels = {},
): Promise<AlertRound> {
  const allowPrivate = channels.allowPrivate ?? process.env.WATCHDESK_ALLOW_PRIVATE === '1'
  const mailer = channels.mailer === undefined ? mailerFromEnv() : channels.mailer
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
    const payload = payloadOf(alert, stored.record)
    let error: string | null = null
    try {
      if (delivery.channel === 'email') {
        if (!mailer) {
          throw new Error('e-mail is not configured (set WATCHDESK_SMTP_URL)')
        }
        await mailer.send(mailOf(payload, delivery.target))
      } else {
        await postWebhook(delivery.target, payload, allowPrivate)
      }
    } catch (caught: unknown) {
      error = getMessage(caught)
    }
    await store.recordDelivery(delivery, error, now)
    if (error) {
      failed++
      logger.warn(
        `alert "${alert.name}": ${delivery.channel} ${delivery.target} failed (attempt ${delivery.attempts + 1}): ${error}`,
      )
    } else {
      delivered++
    }
  }
  return { hits: hits.length, delivered, failed }
}

function payloadOf(alert: Alert, record: ArticleRecord) {
  return {
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
        label: e.label,
        goldstein: e.goldstein,
        source: e.source.cameo,
        target: e.target?.cameo ?? null,
        date: e.date,
      })),
    },
  }
}

async function postWebhook(target: string, payload: Payload, allowPrivate: boolean): Promise<void> {
  const url = new URL(target)
  await assertFetchable(url, allowPrivate)
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Watchdesk alerts' },
    body: JSON.stringify(payload),
    redirect: 'error',
    signal: AbortSignal.timeout(10_000),
  })
  await response.body?.cancel()
  if (!response.ok) {
    throw new Error(`webhook answered ${response.status}`)
  }
}

/** The e-mail of one hit: the article's title, date, outlet and link, and its coded events. */
function mailOf(payload: Payload, to: string): MailMessage {
  const { alert, article } = payload
  const lines = [
    `Alert "${alert.name}" matched a new article.`,
    '',
    article.title,
    [article.published, article.source.name].filter(Boolean).join(' · '),
    article.url ?? '',
  ]
  if (article.events.length > 0) {
    lines.push('', 'Events:')
    for (const e of article.events.slice(0, 10)) {
      lines.push(
        `  ${e.code} ${e.label} (${e.source ?? '?'} → ${e.target ?? '—'}, Goldstein ${e.goldstein})`,
      )
    }
  }
  return { to, subject: `[Watchdesk] ${alert.name}: ${article.title}`, text: lines.join('\n') }
}
