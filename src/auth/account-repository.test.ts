/** Staff accounts on both dialects: users, logins with rate limits and TOTP, sessions. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../store/store.ts'
import { testDialects } from '../testing/store-dialects.ts'
import { LOGIN_LIMITS, LOGIN_WINDOW_MS, SESSION_IDLE_MS } from './account-repository.ts'
import { totpCode } from './totp.ts'

const PASSWORD = 'Lachin corridor 2023'
const t0 = new Date('2026-01-10T09:00:00Z')
const later = (ms: number) => new Date(t0.getTime() + ms)

for (const dialect of await testDialects()) {
  describe.skipIf(dialect.skip !== null)(
    `accounts on ${dialect.name}${dialect.skip ? ` (skipped: ${dialect.skip})` : ''}`,
    () => {
      let store: Store
      let dispose: () => Promise<void>
      beforeEach(async () => {
        ;({ store, dispose } = await dialect.open())
      })
      afterEach(async () => {
        await dispose()
      })

      it('adds users once per e-mail, with a role, and names bad input', async () => {
        const { accounts } = store
        const ed = await accounts.createUser(
          { email: ' Ed@Example.org ', name: 'Ed', role: 'editor', password: PASSWORD },
          t0,
        )
        expect(ed).toMatchObject({ email: 'ed@example.org', role: 'editor', totpEnabled: false })
        expect(JSON.stringify(ed)).not.toContain('scrypt')
        await expect(
          accounts.createUser({
            email: 'ed@example.org',
            name: '',
            role: 'admin',
            password: PASSWORD,
          }),
        ).rejects.toThrow(/already exists/)
        await expect(
          accounts.createUser({ email: 'x@y.z', name: '', role: 'owner', password: PASSWORD }),
        ).rejects.toThrow(/unknown role "owner"/)
        await expect(
          accounts.createUser({ email: 'nope', name: '', role: 'analyst', password: PASSWORD }),
        ).rejects.toThrow(/not an e-mail address/)
        await expect(
          accounts.createUser({ email: 'a@b.org', name: '', role: 'analyst', password: 'short' }),
        ).rejects.toThrow(/at least 10 characters/)
        expect((await accounts.findUser('ED@example.org'))?.id).toBe(ed.id)
        expect(await accounts.countUsers()).toBe(1)
        expect((await accounts.setRole(ed.id, 'admin')).role).toBe('admin')
      })

      it('logs in with the right password only, and locks an account after repeated failures', async () => {
        const { accounts } = store
        const ed = await accounts.createUser(
          { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD },
          t0,
        )
        const attempt = (password: string, at: Date, address = '10.0.0.1') =>
          accounts.login({ email: 'ed@example.org', password, address }, at)
        expect(await attempt(PASSWORD, t0)).toMatchObject({ ok: true, user: { id: ed.id } })
        expect(
          await accounts.login({ email: 'who@example.org', password: PASSWORD, address: 'a' }, t0),
        ).toEqual({ ok: false, reason: 'invalid' })
        for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
          expect(await attempt('wrong password!', later(i * 1000))).toEqual({
            ok: false,
            reason: 'invalid',
          })
        }
        // Locked even with the right password, from another address too, until the window ends.
        const locked = await attempt(PASSWORD, later(10_000), '10.0.0.2')
        expect(locked).toMatchObject({ ok: false, reason: 'locked' })
        expect(!locked.ok && locked.retryAfterSeconds).toBe(LOGIN_WINDOW_MS / 1000 - 10)
        expect(await attempt(PASSWORD, later(LOGIN_WINDOW_MS + 1000))).toMatchObject({ ok: true })
      })

      it('asks for a TOTP code once enrolment is confirmed, and checks it', async () => {
        const { accounts } = store
        const ed = await accounts.createUser(
          { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD },
          t0,
        )
        const secret = await accounts.beginTotp(ed.id, t0)
        // Not on until a code proves the app has the secret.
        expect(
          await accounts.login({ email: ed.email, password: PASSWORD, address: 'a' }, t0),
        ).toMatchObject({ ok: true })
        expect(await accounts.confirmTotp(ed.id, '000000', t0)).toBe(
          totpCode(secret, t0) === '000000',
        )
        expect(await accounts.confirmTotp(ed.id, totpCode(secret, t0), t0)).toBe(true)
        const login = (code?: string) =>
          accounts.login({ email: ed.email, password: PASSWORD, address: 'a', code }, t0)
        expect(await login()).toEqual({ ok: false, reason: 'totp_required' })
        expect(await login(totpCode(secret, later(-120_000)))).toEqual({
          ok: false,
          reason: 'totp_invalid',
        })
        expect(await login(totpCode(secret, t0))).toMatchObject({ ok: true })
        await accounts.disableTotp(ed.id)
        expect(await login()).toMatchObject({ ok: true })
      })

      it('keeps sessions as hashes, ends them when idle, on a new password and with the user', async () => {
        const { accounts } = store
        const ed = await accounts.createUser(
          { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD },
          t0,
        )
        const secret = await accounts.createSession(ed.id, t0)
        expect(secret).toMatch(/^[\w-]{43}$/)
        expect((await accounts.resolveSession(secret, later(60_000)))?.id).toBe(ed.id)
        expect(await accounts.resolveSession('forged', t0)).toBeNull()
        // Used within the idle limit it lives on; left idle, it ends.
        expect(await accounts.resolveSession(secret, later(SESSION_IDLE_MS - 1000))).not.toBeNull()
        expect(await accounts.resolveSession(secret, later(2 * SESSION_IDLE_MS + 1000))).toBeNull()

        const second = await accounts.createSession(ed.id, t0)
        await accounts.setPassword(ed.id, 'a whole new password')
        expect(await accounts.resolveSession(second, t0)).toBeNull()

        const third = await accounts.createSession(ed.id, t0)
        const { secret: token } = await store.createToken('ed laptop', { userId: ed.id })
        expect(await accounts.removeUser(ed.id)).toBe(true)
        expect(await accounts.resolveSession(third, t0)).toBeNull()
        expect(await store.verifyToken(token)).toBeNull()
        expect(await accounts.removeUser(ed.id)).toBe(false)
      })

      it('gives tokens scopes and an owner, listed and revoked per user', async () => {
        const ed = await store.accounts.createUser(
          { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD },
          t0,
        )
        const { token, secret } = await store.createToken('reader', {
          userId: ed.id,
          scopes: ['read'],
        })
        expect(secret).toMatch(/^wd_/)
        expect(await store.verifyToken(secret)).toMatchObject({ userId: ed.id, scopes: ['read'] })
        const service = await store.createToken('ingest bot')
        expect(service.token).toMatchObject({ userId: null, scopes: ['read', 'write'] })
        expect((await store.listTokens(ed.id)).map((t) => t.id)).toEqual([token.id])
        expect(await store.revokeToken(service.token.id, ed.id)).toBe(false)
        expect(await store.revokeToken(token.id, ed.id)).toBe(true)
        expect(await store.verifyToken(secret)).toBeNull()
      })
    },
  )
}
