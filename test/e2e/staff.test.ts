/**
 * Staff in a real Chromium: sign in (the session cookie is the only one, and only after
 * signing in), add and remove a source from the desk, editors see applications and analysts
 * do not, sign out.
 * @module
 */

import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.ts'
import { DEFAULT_CALL } from '../../src/applications/call-config.ts'
import { FileVault } from '../../src/uploads/file-vault.ts'
import { fakeScanner } from '../../src/uploads/scanner.ts'
import { SqliteStore } from '../../src/store/dialects/sqlite.ts'
import type { Store } from '../../src/store/store.ts'
import { testKb } from '../../src/testing/test-kb.ts'
import {
  collectErrors,
  ensureWebBuild,
  launchChromium,
  type LoopbackServer,
  NO_BROWSER,
  ROOT,
  seriousViolations,
  serveOnLoopback,
  signIn,
} from './browser-helpers.ts'

const PASSWORD = 'Kazbegi pass 2025'
const ARTIFACTS = join(ROOT, 'test-artifacts')

describe.skipIf(NO_BROWSER !== null)(
  `staff sign-in, in a browser${NO_BROWSER ? ` (skipped: ${NO_BROWSER})` : ''}`,
  () => {
    let store: Store
    let server: LoopbackServer
    let browser: Browser
    let base = ''
    let dir = ''

    beforeAll(async () => {
      store = await SqliteStore.open(':memory:')
      for (const [email, role] of [
        ['ed@example.org', 'editor'],
        ['ana@example.org', 'analyst'],
      ] as const) {
        await store.accounts.createUser({
          email,
          name: email.split('@')[0] ?? '',
          role,
          password: PASSWORD,
        })
      }
      dir = await mkdtemp(join(tmpdir(), 'wd-e2e-staff-'))
      const app = createApp({
        store,
        kb: testKb(),
        webRoot: await ensureWebBuild(),
        applications: {
          vault: new FileVault(dir),
          call: DEFAULT_CALL,
          scanner: fakeScanner(),
          mailer: null,
        },
      })
      await mkdir(ARTIFACTS, { recursive: true })
      server = await serveOnLoopback(app.fetch)
      base = server.base
      browser = await launchChromium()
    }, 60_000)

    afterAll(async () => {
      await browser.close()
      server.close()
      await store.close()
      await rm(dir, { recursive: true, force: true })
    })

    it('signs an editor in, adds and removes a source, shows applications, and signs out', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const errors = collectErrors(page)
      await page.goto(`${base}/sources`)
      await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor()
      expect(await page.locator('form.add-source').count()).toBe(0)
      expect(await context.cookies()).toEqual([])
      await page.getByRole('link', { name: 'Sign in' }).click()
      await page.waitForURL((url) => url.pathname === '/login')
      expect(await seriousViolations(page)).toEqual([])

      await page.getByLabel('E-mail').fill('ed@example.org')
      await page.getByLabel('Password').fill('not the password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('alert').getByText('the e-mail or the password is wrong').waitFor()
      expect(await page.getByLabel('E-mail').inputValue()).toBe('ed@example.org')

      await page.getByLabel('Password').fill(PASSWORD)
      await page.getByRole('button', { name: 'Sign in' }).click()
      // Back where the sign-in started.
      await page.waitForURL((url) => url.pathname === '/sources')
      await page.getByText('ed (editor)').waitFor()
      const cookies = await context.cookies()
      expect(cookies.map((c) => [c.name, c.httpOnly, c.secure, c.sameSite])).toEqual([
        ['__Host-watchdesk_session', true, true, 'Lax'],
      ])
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Applications' })
        .waitFor()

      await page.getByLabel('Feed, sitemap or page URL').fill('https://news.example/feed.xml')
      await page.getByLabel('Poll every').selectOption('3600')
      await page.getByRole('button', { name: 'Add source' }).click()
      await page.getByText('Now watching https://news.example/feed.xml.').waitFor()
      await page.locator('.source-card', { hasText: 'news.example/feed.xml' }).waitFor()
      // Nothing has polled it yet, and it is not overdue: no warning about the watcher.
      expect(await page.locator('[data-kind="poller"]').textContent()).toMatch(
        /^Last poll never; next due /,
      )
      expect((await store.listSources()).map((s) => [s.url, s.intervalSeconds])).toEqual([
        ['https://news.example/feed.xml', 3600],
      ])
      await page.screenshot({ path: join(ARTIFACTS, 'staff-sources.png'), fullPage: true })
      expect(await seriousViolations(page)).toEqual([])

      await page
        .getByRole('button', { name: 'Stop watching https://news.example/feed.xml' })
        .click()
      await page.getByText('Removed https://news.example/feed.xml.').waitFor()
      expect(await store.listSources()).toEqual([])

      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.getByRole('link', { name: 'Sign in' }).waitFor()
      expect(await context.cookies()).toEqual([])
      expect(errors.filter((e) => !e.includes('401'))).toEqual([])
      await context.close()
    }, 60_000)

    it('never shows applications to an analyst, nor lets one open them', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await signIn(page, base, 'ana@example.org', PASSWORD, 'ana (analyst)')
      expect(await page.getByRole('link', { name: 'Applications' }).count()).toBe(0)
      const res = await page.goto(`${base}/api/applications`)
      expect(res?.status()).toBe(403)
      // The desk page says why rather than showing anything.
      await page.goto(`${base}/applications`)
      await page.getByText(/needs the admin or editor role/).waitFor()
      await context.close()
    }, 60_000)
  },
)
