import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { NotFoundError } from '../../core/errors.ts'
import type { AppDeps } from '../deps.ts'
import { errorResponse } from '../schemas.ts'

const SourceSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    intervalSeconds: z.number().int(),
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    nextPollAt: z.string(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    createdAt: z.string(),
    health: z.object({
      itemsSeen: z.number().int(),
      itemsPerDay: z.number(),
      lastItemAt: z.string().nullable(),
      warning: z.string().nullable(),
    }),
  })
  .openapi('Source')

const bearer = [{ bearerAuth: [] }]

const listRoute = createRoute({
  method: 'get',
  path: '/api/sources',
  summary: 'Registered sources with their health',
  responses: {
    200: {
      description: 'Every source',
      content: { 'application/json': { schema: z.object({ items: z.array(SourceSchema) }) } },
    },
  },
})

const addRoute = createRoute({
  method: 'post',
  path: '/api/sources',
  summary: 'Register a feed, sitemap or page to watch (needs an API token)',
  security: bearer,
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            url: z.url({ protocol: /^https?$/ }),
            intervalSeconds: z.number().int().min(60).max(604_800).default(900),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'The source', content: { 'application/json': { schema: SourceSchema } } },
    400: errorResponse('Not an http(s) URL, or a bad interval'),
    401: errorResponse('No valid API token'),
  },
})

const removeRoute = createRoute({
  method: 'delete',
  path: '/api/sources/{id}',
  summary: 'Stop watching a source (needs an API token)',
  security: bearer,
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: {
      description: 'Removed',
      content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } },
    },
    401: errorResponse('No valid API token'),
    404: errorResponse('No such source'),
  },
})

/** `GET /api/sources`, `POST /api/sources`, `DELETE /api/sources/:id`. */
export function registerSourceRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => c.json({ items: await deps.store.listSources() }, 200))
  app.openapi(addRoute, async (c) => {
    const { url, intervalSeconds } = c.req.valid('json')
    return c.json(await deps.store.addSource(url, intervalSeconds), 201)
  })
  app.openapi(removeRoute, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await deps.store.removeSource(id))) {
      throw new NotFoundError(`no source "${id}"`)
    }
    return c.json({ ok: true as const }, 200)
  })
}
