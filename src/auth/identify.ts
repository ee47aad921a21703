import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { AppError } from '../core/errors.ts'
import type { Store } from '../store/store.ts'
import type { ApiToken } from '../store/token-queries.ts'
import type { User } from './account-repository.ts'

/** The staff session cookie: `__Host-` so it is Secure, host-only and for the whole site. */
export const SESSION_COOKIE = '__Host-watchdesk_session'

/** Who makes a request: a signed-in user, or an API token (a user's or a service token). */
export interface Identity {
  via: 'session' | 'token'
  /** The user acting, with their role; null for a service token. */
  user: User | null
  /** The token used; null for a session. */
  token: ApiToken | null
  /** The session's cookie secret, to end it at logout; null for a token. */
  sessionSecret: string | null
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const identities = new WeakMap<Request, Promise<Identity | null>>()

/** True for a method that only reads. */
export function isReadOnly(method: string): boolean {
  return SAFE_METHODS.has(method)
}

/**
 * Who makes this request, looked up once per request: an `Authorization: Bearer` token first,
 * else the session cookie. A cookie-borne request that changes data must come from this site
 * ({@link assertSameOrigin}); a token is not sent by browsers on their own, so it needs no check.
 * Null when the request carries neither; a 401 for an unknown or revoked token.
 */
export function identify(c: Context, store: Store): Promise<Identity | null> {
  let found = identities.get(c.req.raw)
  if (!found) {
    found = lookUp(c, store)
    identities.set(c.req.raw, found)
  }
  return found
}

async function lookUp(c: Context, store: Store): Promise<Identity | null> {
  const header = c.req.header('authorization')
  if (header !== undefined) {
    const secret = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
    const token = secret ? await store.verifyToken(secret) : null
    if (!token) {
      throw new AppError('unauthorized', 'the API token is unknown or revoked', { status: 401 })
    }
    const user = token.userId ? await store.accounts.getUser(token.userId) : null
    if (token.userId && !user) {
      throw new AppError('unauthorized', 'the API token belongs to a removed user', {
        status: 401,
      })
    }
    return { via: 'token', user, token, sessionSecret: null }
  }
  const secret = getCookie(c, SESSION_COOKIE)
  if (!secret) {
    return null
  }
  const user = await store.accounts.resolveSession(secret)
  if (!user) {
    return null
  }
  if (!isReadOnly(c.req.method)) {
    assertSameOrigin(c)
  }
  return { via: 'session', user, token: null, sessionSecret: secret }
}

/**
 * Refuses a cross-site request (CSRF): browsers say where a request comes from in
 * `Sec-Fetch-Site`, and in `Origin` on every POST, PUT, PATCH and DELETE. A request with
 * neither is refused too, since every browser that keeps cookies sends one of them.
 */
export function assertSameOrigin(c: Context): void {
  const site = c.req.header('sec-fetch-site')
  if (site !== undefined) {
    if (site === 'same-origin' || site === 'none') {
      return
    }
    throw csrfRefused(`Sec-Fetch-Site is "${site}"`)
  }
  const origin = c.req.header('origin')
  if (!origin) {
    throw csrfRefused('it has neither Origin nor Sec-Fetch-Site')
  }
  const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    throw csrfRefused(`its Origin "${origin}" is not an address`)
  }
  if (originHost !== host) {
    throw csrfRefused(`it comes from ${origin}, not this site`)
  }
}

function csrfRefused(why: string): AppError {
  return new AppError('cross_site_refused', `refused a change made from another site: ${why}`, {
    status: 403,
  })
}
