import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { NotFoundError, ValidationError } from '../../core/errors.ts'
import { dyadKey } from '../../store/event-rows.ts'
import type { AppDeps } from '../deps.ts'
import { ArticleSummarySchema, errorResponse, PageQuerySchema } from '../schemas.ts'
import { ThreadStatementSchema } from './articles.ts'

const day = z.iso.date()
const RangeQuery = z.object({
  from: day.optional().openapi({ example: '2020-09-01' }),
  to: day.optional().openapi({ example: '2020-12-31' }),
})
const PairParam = z.object({
  pair: z
    .string()
    .regex(/^[A-Z]{3}-[A-Z]{3}$/, 'two ISO3 codes joined by a hyphen, like ARM-AZE')
    .openapi({ example: 'ARM-AZE' }),
})
const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
})

const StatementWithAnswers = z.object({
  statement: ThreadStatementSchema,
  answers: z.array(ThreadStatementSchema),
})
const AnswerPair = z.object({ answer: ThreadStatementSchema, to: ThreadStatementSchema })
const TensionSchema = z
  .object({
    dyad: z.string(),
    events: z.number().int(),
    goldstein: z.number(),
    weeks: z.array(z.object({ week: z.string(), events: z.number().int(), goldstein: z.number() })),
  })
  .openapi('DyadTension')

const dashboardRoute = createRoute({
  method: 'get',
  path: '/api/dashboard',
  summary:
    'The desk at a glance: latest articles and statements, most active actors, tension by dyad',
  responses: {
    200: json(
      'The dashboard',
      z.object({
        articles: z.array(ArticleSummarySchema),
        total: z.number().int(),
        statements: z.array(StatementWithAnswers),
        actors: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            kind: z.string(),
            articles: z.number().int(),
            statements: z.number().int(),
          }),
        ),
        tensions: z.array(TensionSchema),
      }),
    ),
  },
})

const dyadRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{pair}',
  summary: "A dyad's conflict–cooperation timeline: events by week by quad class, mean Goldstein",
  request: { params: PairParam, query: RangeQuery },
  responses: {
    200: json(
      'Weeks with events, oldest first; the pair is named in sorted order',
      z.object({
        dyad: z.string(),
        events: z.number().int(),
        goldstein: z.number().nullable(),
        weeks: z.array(
          z.object({
            week: z.string(),
            events: z.number().int(),
            quads: z.array(z.number().int()).length(4),
            goldstein: z.number(),
          }),
        ),
      }),
    ),
    400: errorResponse('A pair that is not two ISO3 codes, or a bad date'),
  },
})

const Side = z.object({
  actor: z.string().nullable(),
  name: z.string().nullable(),
  country: z.string().nullable(),
})
const dyadEventsRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{pair}/events',
  summary: "A dyad's events, newest first, with the sentence and span that report each",
  request: { params: PairParam, query: PageQuerySchema.extend(RangeQuery.shape) },
  responses: {
    200: json(
      'A page of events',
      z.object({
        total: z.number().int(),
        items: z.array(
          z.object({
            articleId: z.string(),
            articleTitle: z.string(),
            published: z.string().nullable(),
            day: z.string().nullable(),
            code: z.string(),
            root: z.string(),
            quad: z.number().int(),
            label: z.string(),
            goldstein: z.number(),
            source: Side,
            target: Side,
            start: z.number().int(),
            end: z.number().int(),
            sentence: z.string(),
          }),
        ),
      }),
    ),
    400: errorResponse('Bad pair, paging or date'),
  },
})

const networkRoute = createRoute({
  method: 'get',
  path: '/api/network',
  summary:
    'Actors linked by events (source → target) and answers (speaker → answered), within dates',
  request: {
    query: RangeQuery.extend({
      limit: z.coerce.number().int().min(1).max(1000).default(150).openapi({ example: 150 }),
    }),
  },
  responses: {
    200: json(
      'The strongest links first, and the actors they join',
      z.object({
        nodes: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            kind: z.string(),
            statements: z.number().int(),
          }),
        ),
        edges: z.array(
          z.object({
            source: z.string(),
            target: z.string(),
            kind: z.enum(['event', 'answer']),
            weight: z.number().int(),
            goldstein: z.number().nullable(),
          }),
        ),
      }),
    ),
    400: errorResponse('A bad date or limit'),
  },
})

const activityRoute = createRoute({
  method: 'get',
  path: '/api/actors/{id}/activity',
  summary: "An actor's statements, answers it gave and got, and its counterparts",
  request: {
    params: z.object({ id: z.string().min(1).max(200) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
  },
  responses: {
    200: json(
      'The activity',
      z.object({
        statements: z.array(ThreadStatementSchema),
        answersGiven: z.array(AnswerPair),
        answersReceived: z.array(AnswerPair),
        counterparts: z.array(
          z.object({
            actor: z.string(),
            name: z.string(),
            events: z.number().int(),
            answers: z.number().int(),
          }),
        ),
      }),
    ),
  },
})

const responsesRoute = createRoute({
  method: 'get',
  path: '/api/articles/{id}/responses',
  summary: "Answers in other articles to an article's statements",
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: json(
      'The answers, in order of publication',
      z.object({ items: z.array(ThreadStatementSchema) }),
    ),
    404: errorResponse('No article with this id'),
  },
})

const STATUS = z.enum(['member', 'observer', 'partner', 'suspended', 'frozen', 'former'])
const orgRoute = createRoute({
  method: 'get',
  path: '/api/orgs/{id}',
  summary: 'An organisation: every membership over time and its membership rules',
  request: { params: z.object({ id: z.string().min(1).max(50).openapi({ example: 'CSTO' }) }) },
  responses: {
    200: json(
      'The organisation',
      z.object({
        id: z.string(),
        name: z.string(),
        memberships: z.array(
          z.object({
            country: z.string(),
            name: z.string(),
            status: STATUS,
            from: z.string().nullable(),
            to: z.string().nullable(),
          }),
        ),
        rules: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            statuses: z.array(STATUS),
            text: z.string(),
            from: z.string().nullable(),
            to: z.string().nullable(),
          }),
        ),
      }),
    ),
    404: errorResponse('No such organisation'),
  },
})

/**
 * The desk's overview endpoints: `GET /api/dashboard`, `/api/dyads/:pair` (and `/events`),
 * `/api/network`, `/api/actors/:id/activity`, `/api/articles/:id/responses`, `/api/orgs/:id`.
 */
export function registerDeskRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(dashboardRoute, async (c) => {
    const [articles, statements, actors, tensions] = await Promise.all([
      deps.store.listArticles({ limit: 8, offset: 0 }),
      deps.store.latestStatements(6),
      deps.store.activeActors(10),
      deps.store.dyadTensions(6),
    ])
    return c.json(
      { articles: articles.items, total: articles.total, statements, actors, tensions },
      200,
    )
  })
  app.openapi(dyadRoute, async (c) => {
    const dyad = sortedPair(c.req.valid('param').pair)
    return c.json(await deps.store.dyadTimeline(dyad, c.req.valid('query')), 200)
  })
  app.openapi(dyadEventsRoute, async (c) => {
    const dyad = sortedPair(c.req.valid('param').pair)
    return c.json(await deps.store.dyadEvents(dyad, c.req.valid('query')), 200)
  })
  app.openapi(networkRoute, async (c) =>
    c.json(await deps.store.actorNetwork(c.req.valid('query')), 200),
  )
  app.openapi(activityRoute, async (c) => {
    const { id } = c.req.valid('param')
    const { limit } = c.req.valid('query')
    const [activity, counterparts] = await Promise.all([
      deps.store.actorActivity(id, limit),
      deps.store.counterparts(id, 12),
    ])
    return c.json({ ...activity, counterparts }, 200)
  })
  app.openapi(responsesRoute, async (c) => {
    const { id } = c.req.valid('param')
    const items = await deps.store.articleResponses(id)
    if (!items) {
      throw new NotFoundError(`no article with id "${id}"`)
    }
    return c.json({ items }, 200)
  })
  app.openapi(orgRoute, (c) => {
    const { id } = c.req.valid('param')
    const org = deps.kb.get(id)
    if (org?.kind !== 'organization') {
      throw new NotFoundError(`no organisation with id "${id}"`)
    }
    return c.json(
      {
        id,
        name: org.name,
        memberships: (org.members ?? []).map((m) => ({
          ...m,
          name: deps.kb.get(m.country)?.name ?? m.country,
        })),
        rules: deps.kb.rules
          .filter((r) => r.org === id)
          .map((r) => ({
            id: r.id,
            kind: r.kind,
            statuses: r.statuses,
            text: r.text,
            from: r.from ?? null,
            to: r.to ?? null,
          })),
      },
      200,
    )
  })
}

/** `AZE-ARM` and `ARM-AZE` are one dyad; a state with itself is none. */
function sortedPair(pair: string): string {
  const [a = '', b = ''] = pair.split('-')
  if (a === b) {
    throw new ValidationError(`pair: a dyad needs two different states, got ${pair}`)
  }
  return dyadKey(a, b)
}
