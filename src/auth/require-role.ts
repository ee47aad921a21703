import type { Context, MiddlewareHandler } from 'hono'
import { AppError } from '../core/errors.ts'
import type { Store } from '../store/store.ts'
import { identify, isReadOnly, type Identity } from './identify.ts'

/** What a member of staff may do: admins everything, editors the outlet, analysts the desk. */
export type Role = 'admin' | 'editor' | 'analyst'

/** The member of staff a request is made by, set on the context by {@link requireRole}. */
export interface StaffMember {
  id: string
  email: string
  name: string
  role: Role
}

/** Hono environment of routes behind {@link requireRole}: `c.get('staff')`. */
export interface StaffEnv {
  Variables: { staff: StaffMember }
}

/**
 * The identity of a request as staff, or a 401 naming what is missing. A token must carry the
 * scope the method needs: `write` to change data, `read` to read.
 */
export async function requireIdentity(c: Context, store: Store): Promise<Identity> {
  const identity = await identify(c, store)
  if (!identity) {
    throw new AppError(
      'unauthorized',
      'sign in at /login, or send an API token as "Authorization: Bearer <token>" (watchdesk tokens create)',
      { status: 401 },
    )
  }
  const scope = isReadOnly(c.req.method) ? 'read' : 'write'
  if (identity.token && !identity.token.scopes.includes(scope)) {
    throw new AppError('forbidden', `this API token lacks the "${scope}" scope`, { status: 403 })
  }
  return identity
}

/** The staff member behind a request that passed {@link requireRole}; null otherwise. */
export function staffOf(c: Context): StaffMember | null {
  return (c.get as (key: string) => StaffMember | undefined)('staff') ?? null
}

/**
 * Lets a request through only when it is made by staff with one of `roles`: 401 when no one is
 * signed in or the credential is unknown, 403 when the role (or a token's scope) may not. The
 * staff member is on `c.get('staff')` (and {@link staffOf}).
 */
export function requireRole(store: Store, ...roles: Role[]): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const { user } = await requireIdentity(c, store)
    if (!user) {
      throw new AppError(
        'forbidden',
        `a service token has no role; this needs ${roles.join(' or ')}`,
        {
          status: 403,
        },
      )
    }
    if (!roles.includes(user.role)) {
      throw new AppError(
        'forbidden',
        `this needs the ${roles.join(' or ')} role; ${user.email} is ${user.role}`,
        {
          status: 403,
        },
      )
    }
    c.set('staff', { id: user.id, email: user.email, name: user.name, role: user.role })
    await next()
  }
}
