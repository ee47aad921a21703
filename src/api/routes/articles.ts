import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { ArticleRecordSchema } from '../../core/article-schema.ts'
import { NotFoundError } from '../../core/errors.ts'
import type { AppDeps } from '../deps.ts'
import { ArticleSummarySchema, errorResponse, PageQuerySchema, pageOf } from '../schemas.ts'

const StoredArticleSchema = ArticleRecordSchema.extend({
  duplicateOf: z
    .string()
    .nullable()
    .openapi({ description: 'The earlier article this one republishes, if any.' }),
  dates: z.array(
    z.object({ text: z.string(), value: z.string(), start: z.number(), end: z.number() }),
  ),
}).openapi('StoredArticle')

const listRoute = createRoute({
  method: 'get',
  path: '/api/articles',
  summary: 'Latest articles, newest first',
  request: { query: PageQuerySchema },
  responses: {
    200: {
      description: 'A page of articles',
      content: { 'application/json': { schema: pageOf(ArticleSummarySchema) } },
    },
    400: errorResponse('Bad paging parameters'),
  },
})

const getRoute = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One Article Record, with the date expressions found in its body',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: {
      description: 'The Article Record',
      content: { 'application/json': { schema: StoredArticleSchema } },
    },
    404: errorResponse('No article with this id'),
  },
})

const RelatedSchema = ArticleSummarySchema.extend({
  score: z.number(),
  reasons: z.object({
    actors: z.array(z.string()),
    eventRoots: z.array(z.string()),
    terms: z.array(z.string()),
  }),
}).openapi('RelatedArticle')

const relatedRoute = createRoute({
  method: 'get',
  path: '/api/articles/{id}/related',
  summary: '"See Also": articles sharing actors, events and words, with the reasons',
  request: {
    params: z.object({ id: z.string().min(1).max(200) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(8) }),
  },
  responses: {
    200: {
      description: 'Related articles, best first',
      content: { 'application/json': { schema: z.object({ items: z.array(RelatedSchema) }) } },
    },
    404: errorResponse('No article with this id'),
  },
})

const StorySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    outlets: z.array(z.string()),
    articles: z.array(ArticleSummarySchema),
  })
  .openapi('Story')

const storiesRoute = createRoute({
  method: 'get',
  path: '/api/stories',
  summary: 'Stories: one event told by several articles, newest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }) },
  responses: {
    200: {
      description: 'Stories with their articles',
      content: { 'application/json': { schema: z.object({ items: z.array(StorySchema) }) } },
    },
  },
})

const storyRoute = createRoute({
  method: 'get',
  path: '/api/articles/{id}/story',
  summary: 'The story an article belongs to, with every article in it',
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: { description: 'The story', content: { 'application/json': { schema: StorySchema } } },
    404: errorResponse('No article with this id'),
  },
})

export const ThreadStatementSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  articleTitle: z.string(),
  published: z.string().nullable(),
  speaker: z.object({ name: z.string(), actor: z.string().nullable() }),
  respondsTo: z.string().nullable(),
  quotes: z.array(z.string()),
})

const threadRoute = createRoute({
  method: 'get',
  path: '/api/statements/{id}/thread',
  summary:
    'A statement, the chain of statements it answers, and every answer it got, across articles',
  request: { params: z.object({ id: z.string().min(1).max(250) }) },
  responses: {
    200: {
      description: 'The thread',
      content: {
        'application/json': {
          schema: z.object({
            statement: ThreadStatementSchema,
            answers: z.array(ThreadStatementSchema),
            replies: z.array(ThreadStatementSchema),
          }),
        },
      },
    },
    404: errorResponse('No statement with this id'),
  },
})

/** `GET /api/articles`, `…/:id`, `…/:id/related`, `…/:id/story`, `GET /api/stories` and statement threads. */
export function registerArticleRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(listRoute, async (c) =>
    c.json(await deps.store.listArticles(c.req.valid('query')), 200),
  )
  app.openapi(threadRoute, async (c) => {
    const { id } = c.req.valid('param')
    const thread = await deps.store.statementThread(id)
    if (!thread) {
      throw new NotFoundError(`no statement with id "${id}"`)
    }
    return c.json(thread, 200)
  })
  app.openapi(storiesRoute, async (c) =>
    c.json({ items: await deps.store.listStories(c.req.valid('query').limit) }, 200),
  )
  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid('param')
    const story = await deps.store.storyOfArticle(id)
    if (!story) {
      throw new NotFoundError(`no article with id "${id}"`)
    }
    return c.json(story, 200)
  })
  app.openapi(relatedRoute, async (c) => {
    const { id } = c.req.valid('param')
    const items = await deps.store.relatedArticles(id, c.req.valid('query').limit)
    if (!items) {
      throw new NotFoundError(`no article with id "${id}"`)
    }
    return c.json({ items }, 200)
  })
  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param')
    const stored = await deps.store.getArticle(id)
    if (!stored) {
      throw new NotFoundError(`no article with id "${id}"`)
    }
    return c.json({ ...stored.record, dates: stored.dates, duplicateOf: stored.duplicateOf }, 200)
  })
}
