/**
 * Every cookie Watchdesk can set, for the cookie-policy page and for the tests that check each
 * `Set-Cookie` against it. Readers get none by default; staff get the session cookie only.
 * @module
 */

/** The revision of the cookie policy that consents are recorded under. */
export const COOKIE_POLICY_REVISION = '2026-12-06'

export interface CookieEntry {
  name: string
  purpose: string
  duration: string
  category: 'strictly-necessary' | 'analytics'
  /** Who gets it. */
  who: string
  setBy: string
}

export const COOKIES: readonly CookieEntry[] = [
  {
    name: '__Host-watchdesk_session',
    purpose: 'Keeps a member of staff signed in to the desk.',
    duration: 'until sign-out; at most 12 hours unused and 7 days in all',
    category: 'strictly-necessary',
    who: 'staff, after signing in',
    setBy: 'Watchdesk (HTTP, Secure, HttpOnly, SameSite=Lax)',
  },
  {
    name: 'cc_cookie',
    purpose: 'Remembers your choice about optional analytics, so you are not asked again.',
    duration: '6 months',
    category: 'strictly-necessary',
    who: 'readers, only when the outlet has switched optional analytics on',
    setBy: 'Watchdesk (in the browser, by the consent banner)',
  },
]

/** Cookies an optional analytics script sets, named in `WATCHDESK_ANALYTICS_COOKIES` (comma-separated). */
export function analyticsCookies(env: NodeJS.ProcessEnv = process.env): CookieEntry[] {
  return (env.WATCHDESK_ANALYTICS_COOKIES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({
      name,
      purpose: 'Counts visits for the optional analytics service.',
      duration: 'as the analytics service sets it',
      category: 'analytics' as const,
      who: 'readers who accepted analytics',
      setBy: 'the analytics script',
    }))
}

/** The cookie's name in a `Set-Cookie` header value. */
export function cookieName(setCookie: string): string {
  return setCookie.split('=')[0]?.trim() ?? ''
}

/** True when a cookie of this name is in the registry. */
export function isRegistered(name: string, entries: readonly CookieEntry[] = COOKIES): boolean {
  return entries.some((entry) => entry.name === name)
}
