import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { AppDeps } from '../deps.ts'
import { errorResponse, PageQuerySchema, SearchHitSchema } from '../schemas.ts'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
const FacetSchema = z.array(
  z.object({ value: z.string(), label: z.string(), count: z.number().int() }),
)

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Full-text search with filters and facets, best match or newest first',
  request: {
    query: PageQuerySchema.extend({
      q: z.string().trim().min(1).max(500).openapi({ example: 'Pashinyan CSTO' }),
      actor: z.string().max(200).optional().openapi({ description: 'An actor id' }),
      country: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional()
        .openapi({ description: 'ISO3: articles mentioning an actor of it' }),
      event: z
        .string()
        .regex(/^\d{2}$/)
        .optional()
        .openapi({ description: 'A CAMEO root' }),
      source: z.string().max(200).optional().openapi({ description: 'An outlet domain' }),
      language: z
        .string()
        .regex(/^([a-z]{2}|und)$/)
        .optional(),
      from: day.optional(),
      to: day.optional(),
      sort: z.enum(['relevance', 'date']).default('relevance'),
    }),
  },
  responses: {
    200: {
      description:
        'Matching articles with highlighted snippets, and facets over the newest matches (up to 2,000)',
      content: {
        'application/json': {
          schema: z.object({
            total: z.number().int(),
            items: z.array(SearchHitSchema),
            facets: z.object({
              actors: FacetSchema,
              countries: FacetSchema,
              eventRoots: FacetSchema,
              sources: FacetSchema,
              languages: FacetSchema,
            }),
            facetsOver: z.number().int().openapi({
              description:
                'How many matches the facet counts cover: the newest, up to 2,000; equal to total when exact',
            }),
            rankedOver: z.number().int().openapi({
              description:
                'By relevance, how many of the newest matches the page is the best of (on SQLite up to 10,000); equal to total when every match was ranked',
            }),
          }),
        },
      },
    },
    400: errorResponse('Missing or unusable query or filter'),
  },
})

/** `GET /api/search?q=&actor=&country=&event=&source=&language=&from=&to=&sort=`. */
export function registerSearchRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(searchRoute, async (c) => {
    const { event, ...query } = c.req.valid('query')
    return c.json(await deps.store.search({ ...query, eventRoot: event }), 200)
  })
}
