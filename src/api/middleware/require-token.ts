import type { MiddlewareHandler } from 'hono'
import { AppError } from '../../core/errors.ts'
import type { Store } from '../../store/store.ts'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Every API call that writes needs a live API token (`Authorization: Bearer …`, created with
 * `watchdesk tokens create`); reads stay open. A write without one is a 401 and changes
 * nothing, since the check runs before the route.
 */
export function requireTokenForWrites(store: Store): MiddlewareHandler {
  return async (c, next) => {
    if (READS.has(c.req.method)) {
      await next()
      return
    }
    const secret = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!secret) {
      throw new AppError(
        'unauthorized',
        'this call changes data: send an API token as "Authorization: Bearer <token>" (watchdesk tokens create)',
        { status: 401 },
      )
    }
    if (!(await store.verifyToken(secret))) {
      throw new AppError('unauthorized', 'the API token is unknown or revoked', { status: 401 })
    }
    await next()
  }
}
