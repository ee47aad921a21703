import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { NotFoundError } from '../../core/errors.ts'
import type { AppDeps } from '../deps.ts'
import { ArticleSummarySchema, errorResponse, PageQuerySchema, pageOf } from '../schemas.ts'

const ActorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    country: z.string().nullable(),
    cameo: z.string().nullable(),
    aliases: z.array(z.string()),
    roles: z.array(
      z.object({
        title: z.string(),
        org: z.string().nullable(),
        from: z.string().nullable(),
        to: z.string().nullable(),
      }),
    ),
  })
  .openapi('Actor')

const actorRoute = createRoute({
  method: 'get',
  path: '/api/actors/{id}',
  summary: 'An actor, its roles over time, and the articles that mention it',
  request: { params: z.object({ id: z.string().min(1).max(200) }), query: PageQuerySchema },
  responses: {
    200: {
      description: 'The actor and a page of articles',
      content: {
        'application/json': {
          schema: z.object({ actor: ActorSchema, articles: pageOf(ArticleSummarySchema) }),
        },
      },
    },
    404: errorResponse('Neither the knowledge base nor any article knows this actor'),
  },
})

const ActorSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    country: z.string().nullable(),
    cameo: z.string().nullable(),
    /** The role held on `on` (default: the current one), for people. */
    role: z.string().nullable(),
  })
  .openapi('ActorSummary')

const actorSearchRoute = createRoute({
  method: 'get',
  path: '/api/actors',
  summary: 'Knowledge-base actors whose id, name or alias contains q, best match first',
  request: {
    query: z.object({
      q: z.string().trim().min(1).max(200).openapi({ example: 'Pashinyan' }),
      limit: z.coerce.number().int().min(1).max(200).default(20),
      on: z.iso.date().optional().openapi({ example: '2019-11-28' }),
    }),
  },
  responses: {
    200: {
      description: 'Matching actors',
      content: { 'application/json': { schema: pageOf(ActorSummarySchema) } },
    },
    400: errorResponse('Missing query'),
  },
})

/**
 * `GET /api/actors?q=` (knowledge-base search) and `GET /api/actors/:id`: from the knowledge
 * base, else from the records that mention it.
 */
export function registerActorRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(actorSearchRoute, (c) => {
    const { q, limit, on } = c.req.valid('query')
    const items = deps.kb.search(q, limit).map((entry) => ({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      country: entry.kind === 'country' ? entry.id : (entry.country ?? null),
      cameo: entry.cameo,
      role: entry.kind === 'person' ? deps.kb.officeOn(entry.id, on ?? null) : null,
    }))
    return c.json({ total: items.length, items }, 200)
  })
  app.openapi(actorRoute, async (c) => {
    const { id } = c.req.valid('param')
    const entry = deps.kb.get(id)
    const stored = entry ? null : await deps.store.getActor(id)
    if (!entry && !stored) {
      throw new NotFoundError(`no actor with id "${id}"`)
    }
    const actor = entry
      ? {
          id: entry.id,
          name: entry.name,
          kind: entry.kind,
          country: entry.kind === 'country' ? entry.id : (entry.country ?? null),
          cameo: entry.cameo,
          aliases: entry.aliases,
          roles: (entry.roles ?? []).map((r) => ({
            title: r.title,
            org: r.org,
            from: r.from,
            to: r.to,
          })),
        }
      : {
          ...stored!,
          aliases: [],
          roles: stored!.role ? [{ title: stored!.role, org: null, from: null, to: null }] : [],
        }
    const articles = await deps.store.articlesByActor(id, c.req.valid('query'))
    return c.json({ actor, articles }, 200)
  })
}
