import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { NotFoundError } from '../../core/errors.ts'
import { checkEligibility } from '../../kb/eligibility.ts'
import type { AppDeps } from '../deps.ts'
import { errorResponse } from '../schemas.ts'

const STATUS = z.enum(['member', 'observer', 'partner', 'suspended', 'frozen', 'former'])

const MembershipSchema = z
  .object({
    country: z.string(),
    name: z.string(),
    status: STATUS,
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .openapi('Membership')

const membersRoute = createRoute({
  method: 'get',
  path: '/api/orgs/{id}/members',
  summary: "An organisation's member, observer and partner states on a date",
  request: {
    params: z.object({ id: z.string().min(1).max(50).openapi({ example: 'CSTO' }) }),
    query: z.object({ on: z.iso.date().optional().openapi({ example: '2019-11-28' }) }),
  },
  responses: {
    200: {
      description: 'Memberships in force on the date (the current ones without a date)',
      content: {
        'application/json': {
          schema: z.object({
            org: z.string(),
            on: z.string().nullable(),
            members: z.array(MembershipSchema),
          }),
        },
      },
    },
    400: errorResponse('A date that is not YYYY-MM-DD'),
    404: errorResponse('No such organisation'),
  },
})

const EligibilitySchema = z
  .object({
    org: z.string(),
    candidate: z.string(),
    status: STATUS,
    on: z.string().nullable(),
    eligible: z.boolean(),
    checked: z.array(z.string()),
    reasons: z.array(z.object({ rule: z.string(), id: z.string(), lacking: z.array(z.string()) })),
  })
  .openapi('Eligibility')

const eligibilityRoute = createRoute({
  method: 'get',
  path: '/api/orgs/{id}/eligibility',
  summary: "Whether a state meets an organisation's membership rules for a status on a date",
  request: {
    params: z.object({ id: z.string().min(1).max(50).openapi({ example: 'CSTO' }) }),
    query: z.object({
      candidate: z
        .string()
        .regex(/^[A-Z]{3}$/, 'an ISO3 code')
        .openapi({ example: 'AZE' }),
      status: STATUS.default('member').openapi({ example: 'observer' }),
      on: z.iso.date().optional().openapi({ example: '2019-11-28' }),
    }),
  },
  responses: {
    200: {
      description: 'The answer, with the rules failed and what is lacking',
      content: { 'application/json': { schema: EligibilitySchema } },
    },
    400: errorResponse('Bad candidate, status or date'),
    404: errorResponse('No such organisation'),
  },
})

/** `GET /api/orgs/:id/members?on=` and `GET /api/orgs/:id/eligibility?candidate=&status=&on=`. */
export function registerOrgRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(membersRoute, (c) => {
    const { id } = c.req.valid('param')
    const on = c.req.valid('query').on ?? null
    if (deps.kb.get(id)?.kind !== 'organization') {
      throw new NotFoundError(`no organisation with id "${id}"`)
    }
    const members = deps.kb.membersOn(id, on).map((m) => ({
      country: m.country,
      name: deps.kb.get(m.country)?.name ?? m.country,
      status: m.status,
      from: m.from,
      to: m.to,
    }))
    return c.json({ org: id, on, members }, 200)
  })
  app.openapi(eligibilityRoute, (c) => {
    const { id } = c.req.valid('param')
    const { candidate, status, on } = c.req.valid('query')
    return c.json(checkEligibility(deps.kb, { org: id, candidate, status, on: on ?? null }), 200)
  })
}
