import type { MiddlewareHandler } from 'hono'
import { AppError } from '../core/errors.ts'
import type { Store } from '../store/store.ts'

/** What a member of staff may do: admins everything, editors the outlet, analysts the desk. */
export type Role = 'admin' | 'editor' | 'analyst'

/** The member of staff a request is made by, set on the context by {@link requireRole}. */
export interface StaffMember {
  id: string
  name: string
  role: Role
}

/** Hono environment of routes behind {@link requireRole}: `c.get('staff')`. */
export interface StaffEnv {
  Variables: { staff: StaffMember }
}

/**
 * Lets a request through only when it is made by staff with one of `roles`: 401 when no one is
 * signed in or the credential is unknown, 403 when the role may not. The staff member is on
 * `c.get('staff')`.
 *
 * Until staff accounts exist, a live API token (`Authorization: Bearer …`) counts as an admin.
 */
export function requireRole(store: Store, ...roles: Role[]): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const secret = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!secret) {
      throw new AppError(
        'unauthorized',
        'sign in, or send an API token as "Authorization: Bearer <token>"',
        {
          status: 401,
        },
      )
    }
    if (!(await store.verifyToken(secret))) {
      throw new AppError('unauthorized', 'the API token is unknown or revoked', { status: 401 })
    }
    const staff: StaffMember = { id: 'token', name: 'API token', role: 'admin' }
    if (!roles.includes(staff.role)) {
      throw new AppError('forbidden', `this needs the ${roles.join(' or ')} role`, { status: 403 })
    }
    c.set('staff', staff)
    await next()
  }
}
