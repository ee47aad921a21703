import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { decideRoleProposal } from '../../kb/proposal-decisions.ts'
import { writableKbDir } from '../../kb/user-pack.ts'
import type { AppDeps } from '../deps.ts'
import { errorResponse, PageQuerySchema, pageOf } from '../schemas.ts'

const ProposalSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    person: z.string(),
    personName: z.string(),
    change: z.enum(['start', 'end']),
    verb: z.string(),
    title: z.string().nullable(),
    org: z.string().nullable(),
    country: z.string().nullable(),
    date: z.string().nullable(),
    evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
    status: z.enum(['pending', 'accepted', 'rejected']),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi('RoleProposal')

const listRoute = createRoute({
  method: 'get',
  path: '/api/proposals',
  summary: 'Role changes read in stored articles, proposed as knowledge-base updates',
  request: {
    query: PageQuerySchema.extend({
      status: z
        .enum(['pending', 'accepted', 'rejected'])
        .optional()
        .openapi({ example: 'pending' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of proposals, oldest first',
      content: { 'application/json': { schema: pageOf(ProposalSchema) } },
    },
    400: errorResponse('Bad paging or status'),
  },
})

function decideRoute(action: 'accept' | 'reject'): ReturnType<typeof createRoute> {
  return createRoute({
    method: 'post',
    path: `/api/proposals/{id}/${action}`,
    summary:
      action === 'accept'
        ? 'Accept a proposal: the knowledge base changes, and later articles resolve with it'
        : 'Reject a proposal',
    request: { params: z.object({ id: z.string().min(1).max(100) }) },
    responses: {
      200: {
        description: 'The decided proposal, and the user-pack entry written (accept)',
        content: {
          'application/json': {
            schema: z.object({
              proposal: ProposalSchema,
              entry: z.record(z.string(), z.unknown()).nullable(),
            }),
          },
        },
      },
      400: errorResponse('Already decided'),
      404: errorResponse('No such proposal'),
    },
  })
}

/** `GET /api/proposals`, `POST /api/proposals/:id/accept`, `POST /api/proposals/:id/reject`. */
export function registerProposalRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => {
    const { status, ...page } = c.req.valid('query')
    return c.json(await deps.store.listProposals({ ...page, ...(status ? { status } : {}) }), 200)
  })
  for (const action of ['accept', 'reject'] as const) {
    app.openapi(decideRoute(action), async (c) => {
      const id = c.req.param('id') ?? ''
      const kbDir = deps.kbDir ?? writableKbDir()
      const result = await decideRoleProposal({ store: deps.store, kb: deps.kb, kbDir }, id, action)
      return c.json(result, 200)
    })
  }
}
