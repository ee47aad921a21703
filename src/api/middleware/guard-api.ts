import type { MiddlewareHandler } from 'hono'
import { ValidationError } from '../../core/errors.ts'
import { identify, isReadOnly } from '../../auth/identify.ts'
import { requireIdentity } from '../../auth/require-role.ts'
import type { Store } from '../../store/store.ts'

/** Who may read the API: anyone (the default), or only staff and tokens with `read`. */
export type ReadAccess = 'open' | 'staff'

// Reachable by anyone even when reads are closed: signing in, and the load balancer's check.
const ALWAYS_OPEN = new Set(['/api/health', '/api/auth/login', '/api/auth/me', '/api/openapi.json'])

/**
 * Every API call that writes needs staff: a session (any role) or an API token with the
 * `write` scope. Reads stay open unless `reads` is `staff`. A refused call is a 401 (or 403)
 * and changes nothing, since the check runs before the route; routes may require a role on top
 * (`requireRole`).
 */
export function guardApi(store: Store, reads: ReadAccess = 'open'): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' || ALWAYS_OPEN.has(c.req.path)) {
      await next()
      return
    }
    if (!isReadOnly(c.req.method) || reads === 'staff') {
      await requireIdentity(c, store)
    } else if (c.req.header('authorization') !== undefined) {
      // A dead token on an open read still gets a 401, so its owner learns it is dead.
      await identify(c, store)
    }
    await next()
  }
}

/** The read access named by `WATCHDESK_READS` (`open` or `staff`); names a bad value. */
export function readAccessFromEnv(env: NodeJS.ProcessEnv = process.env): ReadAccess {
  const value = env.WATCHDESK_READS ?? 'open'
  if (value !== 'open' && value !== 'staff') {
    throw new ValidationError(`WATCHDESK_READS must be "open" or "staff", not "${value}"`)
  }
  return value
}
