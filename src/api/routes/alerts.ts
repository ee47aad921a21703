import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { NotFoundError } from '../../core/errors.ts'
import { alertAtomFeed } from '../../monitor/atom-feed.ts'
import type { AppDeps } from '../deps.ts'
import { errorResponse } from '../schemas.ts'

const EventRuleSchema = z.object({
  answersTo: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'An actor id: alert on new answers to their statements' }),
  dyad: z.tuple([z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^[A-Z]{3}$/)]).optional(),
  maxGoldstein: z.number().min(-10).max(10).optional(),
  root: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
})

const AlertSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    query: z.string().nullable(),
    eventRule: EventRuleSchema.nullable(),
    webhook: z.string().nullable(),
    email: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Alert')

const bearer = [{ bearerAuth: [] }]
const idParam = z.object({ id: z.string().min(1).max(100) })

const listRoute = createRoute({
  method: 'get',
  path: '/api/alerts',
  summary: 'Saved searches and event rules',
  responses: {
    200: {
      description: 'Every alert',
      content: { 'application/json': { schema: z.object({ items: z.array(AlertSchema) }) } },
    },
  },
})

const createAlertRoute = createRoute({
  method: 'post',
  path: '/api/alerts',
  summary: 'Create an alert on new articles (needs an API token)',
  security: bearer,
  request: {
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              name: z.string().min(1).max(200),
              query: z.string().min(1).max(500).nullable().optional(),
              eventRule: EventRuleSchema.nullable().optional(),
              webhook: z
                .url({ protocol: /^https?$/ })
                .nullable()
                .optional(),
              email: z.email().max(254).nullable().optional(),
            })
            .refine((a) => Boolean(a.query) || Boolean(a.eventRule), {
              error: 'an alert needs a query, an event rule, or both',
            }),
        },
      },
    },
  },
  responses: {
    201: { description: 'The alert', content: { 'application/json': { schema: AlertSchema } } },
    400: errorResponse('Invalid alert'),
    401: errorResponse('No valid API token'),
  },
})

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/alerts/{id}',
  summary: 'Delete an alert (needs an API token)',
  security: bearer,
  request: { params: idParam },
  responses: {
    200: {
      description: 'Deleted',
      content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } },
    },
    401: errorResponse('No valid API token'),
    404: errorResponse('No such alert'),
  },
})

const deliveriesRoute = createRoute({
  method: 'get',
  path: '/api/alerts/{id}/deliveries',
  summary: 'The delivery log of an alert',
  request: { params: idParam },
  responses: {
    200: {
      description: 'Every delivery, newest first',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                alertId: z.string(),
                articleId: z.string(),
                channel: z.string(),
                target: z.string(),
                status: z.enum(['pending', 'delivered', 'failed']),
                attempts: z.number().int(),
                lastError: z.string().nullable(),
                nextAttemptAt: z.string(),
                createdAt: z.string(),
                deliveredAt: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    404: errorResponse('No such alert'),
  },
})

/** Alerts: list, create, delete, delivery log, and an Atom feed per alert. */
export function registerAlertRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => c.json({ items: await deps.store.listAlerts() }, 200))
  app.openapi(createAlertRoute, async (c) => {
    const body = c.req.valid('json')
    const alert = await deps.store.createAlert({
      name: body.name,
      query: body.query ?? null,
      eventRule: body.eventRule ?? null,
      webhook: body.webhook ?? null,
      email: body.email ?? null,
    })
    return c.json(alert, 201)
  })
  app.openapi(deleteRoute, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await deps.store.deleteAlert(id))) {
      throw new NotFoundError(`no alert "${id}"`)
    }
    return c.json({ ok: true as const }, 200)
  })
  app.openapi(deliveriesRoute, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await deps.store.getAlert(id))) {
      throw new NotFoundError(`no alert "${id}"`)
    }
    return c.json({ items: await deps.store.listDeliveries(id) }, 200)
  })
  // Atom is XML, outside the JSON OpenAPI routes.
  app.get('/api/alerts/:id/feed.atom', async (c) => {
    const id = c.req.param('id')
    const alert = await deps.store.getAlert(id)
    if (!alert) {
      throw new NotFoundError(`no alert "${id}"`)
    }
    const hits = await deps.store.alertHits(id, 50)
    return c.body(alertAtomFeed(alert, hits, c.req.url), 200, {
      'content-type': 'application/atom+xml; charset=utf-8',
    })
  })
}
