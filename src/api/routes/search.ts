import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { AppDeps } from '../deps.ts'
import { errorResponse, PageQuerySchema, pageOf, SearchHitSchema } from '../schemas.ts'

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search over titles and bodies, best match first',
  request: {
    query: PageQuerySchema.extend({
      q: z.string().trim().min(1).max(500).openapi({ example: 'Pashinyan CSTO' }),
    }),
  },
  responses: {
    200: {
      description: 'Matching articles with highlighted snippets',
      content: { 'application/json': { schema: pageOf(SearchHitSchema) } },
    },
    400: errorResponse('Missing or unusable query'),
  },
})

/** `GET /api/search?q=`. */
export function registerSearchRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(searchRoute, async (c) => c.json(await deps.store.search(c.req.valid('query')), 200))
}
