import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { ROLES, SESSION_MAX_MS, type User } from '../../auth/account-repository.ts'
import { assertSameOrigin, identify, SESSION_COOKIE } from '../../auth/identify.ts'
import { requireIdentity, requireRole } from '../../auth/require-role.ts'
import { otpauthUri } from '../../auth/totp.ts'
import { AppError, NotFoundError, ValidationError } from '../../core/errors.ts'
import { TOKEN_SCOPES } from '../../store/token-queries.ts'
import { clientAddress } from '../client-address.ts'
import type { AppDeps } from '../deps.ts'
import { jsonBody } from '../json-body.ts'

const loginBody = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1024),
  code: z.string().max(12).optional(),
})
const passwordBody = z.object({ current: z.string().max(1024), password: z.string().max(1024) })
const codeBody = z.object({ code: z.string().min(1).max(12) })
const tokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z
    .array(z.enum(TOKEN_SCOPES as [string, ...string[]]))
    .min(1)
    .optional(),
})
const userBody = z.object({
  email: z.string().max(320),
  name: z.string().max(200).default(''),
  role: z.enum(ROLES as [string, ...string[]]),
  password: z.string().max(1024),
})
const roleBody = z.object({ role: z.enum(ROLES as [string, ...string[]]) })

/** The signed-in user of a session request (a 401 otherwise, or for a service token). */
async function signedIn(c: Context, deps: AppDeps): Promise<User> {
  const { user } = await requireIdentity(c, deps.store)
  if (!user) {
    throw new AppError('forbidden', 'a service token has no account', { status: 403 })
  }
  return user
}

/**
 * Staff accounts over HTTP: `POST /api/auth/login` (a new session each time, in a `__Host-`
 * cookie), logout, `GET /api/auth/me`, password change, TOTP enrolment, the user's own API
 * tokens, and for admins `/api/users`.
 */
export function registerAuthRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { accounts } = deps.store
  app.post('/api/auth/login', async (c) => {
    // Login CSRF: a foreign page must not sign a browser into an account of its choosing.
    assertSameOrigin(c)
    const input = await jsonBody(c.req.raw, loginBody)
    const result = await accounts.login({ ...input, address: clientAddress(c) })
    if (!result.ok) {
      if (result.reason === 'locked') {
        c.header('retry-after', String(result.retryAfterSeconds ?? 60))
        throw new AppError(
          'too_many_logins',
          `too many failed logins; try again in ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} min`,
          { status: 429, isReportable: false },
        )
      }
      const message = {
        invalid: 'the e-mail or the password is wrong',
        totp_required: 'enter the 6-digit code from your authenticator app',
        totp_invalid: 'the authenticator code is wrong or expired',
      }[result.reason]
      throw new AppError(result.reason === 'invalid' ? 'invalid_login' : result.reason, message, {
        status: 401,
        isReportable: false,
      })
    }
    // A fresh session at every login: a session fixed before it never becomes signed in.
    const previous = await identify(c, deps.store).catch(() => null)
    if (previous?.sessionSecret) {
      await accounts.endSession(previous.sessionSecret)
    }
    const secret = await accounts.createSession(result.user.id)
    setCookie(c, SESSION_COOKIE, secret, {
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      maxAge: Math.floor(SESSION_MAX_MS / 1000),
    })
    return c.json({ user: result.user })
  })
  app.post('/api/auth/logout', async (c) => {
    const identity = await identify(c, deps.store)
    if (identity?.sessionSecret) {
      await accounts.endSession(identity.sessionSecret)
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true })
    return c.json({ ok: true })
  })
  app.get('/api/auth/me', async (c) => {
    const identity = await identify(c, deps.store).catch(() => null)
    return c.json({ user: identity?.user ?? null, via: identity?.via ?? null })
  })
  app.post('/api/auth/password', async (c) => {
    const user = await signedIn(c, deps)
    const input = await jsonBody(c.req.raw, passwordBody)
    const check = await accounts.login({
      email: user.email,
      password: input.current,
      address: clientAddress(c),
      code: undefined,
    })
    if (!check.ok && check.reason !== 'totp_required') {
      throw new AppError('invalid_login', 'the current password is wrong', {
        status: 401,
        isReportable: false,
      })
    }
    await accounts.setPassword(user.id, input.password)
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true })
    return c.json({ ok: true, signedOut: true })
  })
  app.post('/api/auth/totp', async (c) => {
    const user = await signedIn(c, deps)
    const secret = await accounts.beginTotp(user.id)
    return c.json({ secret, uri: otpauthUri(secret, user.email) })
  })
  app.post('/api/auth/totp/confirm', async (c) => {
    const user = await signedIn(c, deps)
    const { code } = await jsonBody(c.req.raw, codeBody)
    if (!(await accounts.confirmTotp(user.id, code))) {
      throw new ValidationError('the code does not match: check the time on your device', {
        code: 'totp_invalid',
      })
    }
    return c.json({ ok: true, totpEnabled: true })
  })
  app.delete('/api/auth/totp', async (c) => {
    const user = await signedIn(c, deps)
    await accounts.disableTotp(user.id)
    return c.json({ ok: true, totpEnabled: false })
  })
  app.get('/api/auth/tokens', async (c) => {
    const user = await signedIn(c, deps)
    return c.json({ items: await deps.store.listTokens(user.id) })
  })
  app.post('/api/auth/tokens', async (c) => {
    const user = await signedIn(c, deps)
    const input = await jsonBody(c.req.raw, tokenBody)
    const created = await deps.store.createToken(input.name, {
      userId: user.id,
      scopes: input.scopes as ('read' | 'write')[] | undefined,
    })
    return c.json(created, 201)
  })
  app.delete('/api/auth/tokens/:id', async (c) => {
    const user = await signedIn(c, deps)
    if (!(await deps.store.revokeToken(c.req.param('id'), user.id))) {
      throw new NotFoundError(`no live token "${c.req.param('id')}" of yours`, 'token_not_found')
    }
    return c.json({ ok: true })
  })

  const admin = requireRole(deps.store, 'admin')
  app.use('/api/users', admin)
  app.use('/api/users/*', admin)
  app.get('/api/users', async (c) => c.json({ items: await accounts.listUsers() }))
  app.post('/api/users', async (c) => {
    const input = await jsonBody(c.req.raw, userBody)
    return c.json({ user: await accounts.createUser(input) }, 201)
  })
  app.patch('/api/users/:id', async (c) => {
    const { role } = await jsonBody(c.req.raw, roleBody)
    const user = await accounts.findUser(c.req.param('id'))
    if (!user) {
      throw new NotFoundError(`no user "${c.req.param('id')}"`, 'user_not_found')
    }
    return c.json({ user: await accounts.setRole(user.id, role) })
  })
  app.delete('/api/users/:id', async (c) => {
    const user = await accounts.findUser(c.req.param('id'))
    if (!user || !(await accounts.removeUser(user.id))) {
      throw new NotFoundError(`no user "${c.req.param('id')}"`, 'user_not_found')
    }
    return c.json({ ok: true })
  })
}
