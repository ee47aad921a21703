import type { OpenAPIHono } from '@hono/zod-openapi'
import { clientAddress } from '../api/client-address.ts'
import {
  ApplicationRejected,
  submitApplication,
  type ApplicationDeps,
} from '../applications/applications.ts'
import { AppError } from '../core/errors.ts'
import { parseMultipart } from '../uploads/multipart.ts'
import { contributePage, receivedPage, refusedPage } from './contribute-page.ts'

/** Submissions allowed per address in a window. */
export interface RateLimit {
  max: number
  windowMs: number
}

/** A fixed-window counter per client address, in memory. */
export function rateLimiter(
  limit: RateLimit,
  now: () => number = Date.now,
): (key: string) => boolean {
  const seen = new Map<string, { start: number; count: number }>()
  return (key) => {
    const t = now()
    const entry = seen.get(key)
    if (!entry || t - entry.start >= limit.windowMs) {
      seen.set(key, { start: t, count: 1 })
      if (seen.size > 10_000) {
        for (const [k, v] of seen) {
          if (t - v.start >= limit.windowMs) {
            seen.delete(k)
          }
        }
      }
      return true
    }
    entry.count++
    return entry.count <= limit.max
  }
}

/**
 * The public call for contributors, `/site/contribute`: server-rendered, no cookies, no script.
 * The POST takes the multipart form (streamed, limited), answers with the reference, or with the
 * form again naming each problem.
 */
export function registerContributeRoutes(
  app: OpenAPIHono,
  deps: ApplicationDeps,
  limit: RateLimit = { max: 5, windowMs: 60 * 60 * 1000 },
): void {
  const allow = rateLimiter(limit)
  app.get('/site/contribute', (c) => c.html(contributePage(deps.call)))
  app.post('/site/contribute', async (c) => {
    if (!allow(clientAddress(c))) {
      return c.html(
        refusedPage('Too many applications from your address; try again in an hour.'),
        429,
      )
    }
    try {
      const form = await parseMultipart(c.req.raw)
      if ((form.fields.get('website')?.[0] ?? '') !== '') {
        // The honeypot was filled in: a bot. Answer as if received; keep nothing.
        return c.html(receivedPage(deps.call, null))
      }
      const application = await submitApplication(form, deps)
      return c.html(receivedPage(deps.call, application.reference))
    } catch (error: unknown) {
      if (error instanceof ApplicationRejected) {
        return c.html(contributePage(deps.call, error.problems, error.form), 400)
      }
      if (error instanceof AppError && error.status < 500) {
        c.header('Connection', 'close')
        return c.html(refusedPage(error.message), error.status as 400)
      }
      throw error
    }
  })
}
