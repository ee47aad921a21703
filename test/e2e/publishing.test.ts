/**
 * Publishing in a real Chromium: an editor writes a post with a live preview, gets See Also
 * suggestions with reasons, pins one, publishes, and the public page shows it without setting
 * a cookie; the layout holds at phone width.
 * @module
 */

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.ts'
import { SqliteStore } from '../../src/store/dialects/sqlite.ts'
import type { Store } from '../../src/store/store.ts'
import { sampleArticles } from '../../src/testing/sample-articles.ts'
import { testKb } from '../../src/testing/test-kb.ts'
import {
  collectErrors,
  ensureWebBuild,
  launchChromium,
  type LoopbackServer,
  NO_BROWSER,
  pastRightEdge,
  ROOT,
  seriousViolations,
  serveOnLoopback,
  signIn,
} from './browser-helpers.ts'

const PASSWORD = 'Kazbegi pass 2025'
const ARTIFACTS = join(ROOT, 'test-artifacts')

describe.skipIf(NO_BROWSER !== null)(
  `publishing, in a browser${NO_BROWSER ? ` (skipped: ${NO_BROWSER})` : ''}`,
  () => {
    let store: Store
    let server: LoopbackServer
    let browser: Browser
    let base = ''

    beforeAll(async () => {
      store = await SqliteStore.open(':memory:')
      for (const article of sampleArticles()) {
        await store.saveArticle(article)
      }
      await store.accounts.createUser({
        email: 'ed@example.org',
        name: 'ed',
        role: 'editor',
        password: PASSWORD,
      })
      const app = createApp({
        store,
        kb: testKb(),
        webRoot: await ensureWebBuild(),
        site: {
          url: 'https://outlet.example',
          outlet: 'Caucasus Test Review',
          analyticsScript: null,
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
    })

    it('with analytics on, asks first: equal Accept and Reject, the script only after Accept, each choice recorded', async () => {
      const app = createApp({
        store,
        kb: testKb(),
        site: {
          url: 'https://outlet.example',
          outlet: 'Caucasus Test Review',
          analyticsScript: '/stats.js',
        },
      })
      // A stand-in analytics script that sets its own cookie, as real ones do, registered as
      // an outlet would register it.
      process.env.WATCHDESK_ANALYTICS_COOKIES = 'stats_id'
      const stats = "window.statsLoaded = true; document.cookie = 'stats_id=1; path=/'"
      const outlet = await serveOnLoopback((request) =>
        new URL(request.url).pathname === '/stats.js'
          ? new Response(stats, { headers: { 'content-type': 'text/javascript' } })
          : app.fetch(request),
      )
      try {
        const reader = await browser.newContext()
        // The banner hides itself from automated browsers (hideFromBots): look like a person.
        await reader.addInitScript(
          "Object.defineProperty(navigator, 'webdriver', { get: () => false })",
        )
        const page = await reader.newPage()
        const errors = collectErrors(page)
        await page.goto(`${outlet.base}/site`)
        const banner = page.getByRole('dialog', { name: 'Optional analytics' })
        await banner.waitFor()
        const accept = banner.getByRole('button', { name: 'Accept', exact: true })
        const reject = banner.getByRole('button', { name: 'Reject', exact: true })
        // Equal weight: the same size and the same colours.
        const look = (button: typeof accept) =>
          button.evaluate<string, undefined>(`(el) => {
            const style = getComputedStyle(el)
            return [style.backgroundColor, style.color, style.fontSize,
              Math.round(el.getBoundingClientRect().height)].join(' ')
          }`)
        expect(await look(accept)).toEqual(await look(reject))
        expect(await reader.cookies()).toEqual([])
        await page.screenshot({ path: join(ARTIFACTS, 'consent-banner.png') })

        await reject.click()
        await banner.waitFor({ state: 'hidden' })
        expect((await reader.cookies()).map((c) => c.name)).toEqual(['cc_cookie'])
        expect(await page.evaluate('Boolean(window.statsLoaded)')).toBe(false)
        // The footer offers the choice again; accepting loads the script.
        await page.getByRole('button', { name: 'Cookie settings' }).click()
        await page
          .getByRole('dialog', { name: 'Cookie choices' })
          .getByRole('button', { name: 'Accept', exact: true })
          .click()
        await page.waitForFunction('window.statsLoaded === true')
        expect((await reader.cookies()).map((c) => c.name).sort()).toEqual([
          'cc_cookie',
          'stats_id',
        ])
        // Changing back to no erases the analytics cookie and reloads without the script.
        const reloaded = page.waitForEvent('load')
        await page.getByRole('button', { name: 'Cookie settings' }).click()
        await page
          .getByRole('dialog', { name: 'Cookie choices' })
          .getByRole('button', { name: 'Reject', exact: true })
          .click()
        await reloaded
        expect(await page.evaluate('Boolean(window.statsLoaded)')).toBe(false)
        expect((await reader.cookies()).map((c) => c.name)).toEqual(['cc_cookie'])
        await expect
          .poll(async () => (await store.posts.consents()).map((c) => c.decision))
          .toEqual(['reject', 'custom', 'custom'])
        expect((await store.posts.consents()).map((c) => c.categories)).toEqual([
          ['necessary'],
          ['necessary', 'analytics'],
          ['necessary'],
        ])
        expect(errors).toEqual([])
        await reader.close()
      } finally {
        outlet.close()
        delete process.env.WATCHDESK_ANALYTICS_COOKIES
      }
    }, 60_000)

    it('writes, previews, pins a See Also article, publishes, and serves the public page without a cookie', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const errors = collectErrors(page)
      await signIn(page, base, 'ed@example.org', PASSWORD, 'ed (editor)')

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Posts' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Posts' }).waitFor()
      await page.getByText('No posts yet.').waitFor()
      await page.getByRole('link', { name: 'New post' }).click()
      await page.getByRole('heading', { level: 1, name: 'New post' }).waitFor()

      await page
        .getByLabel('Title', { exact: true })
        .fill('Pashinyan presses CSTO partners over arms sales')
      await page.getByLabel('Section').selectOption('Armenia')
      await page.getByLabel('Author').fill('Anna Petrosyan')
      await page.getByLabel('Tags').fill('CSTO, arms')
      await page
        .getByLabel('Text (Markdown)')
        .fill(
          'Armenian Prime Minister Nikol Pashinyan urged the CSTO member states not to sell ' +
            'weapons to Azerbaijan.\n\n## What he said\n\n<script>alert(1)</script> ' +
            '"Allies do not arm our adversary," Pashinyan said.',
        )
      // The preview renders Markdown and shows raw HTML as text.
      const preview = page.locator('.post-preview-body')
      await preview.getByRole('heading', { level: 2, name: 'What he said' }).waitFor()
      expect(await preview.locator('script').count()).toBe(0)
      expect(await preview.textContent()).toContain('<script>alert(1)</script>')

      // Suggestions arrive with why each was chosen.
      const suggestions = page.locator('.post-suggestions')
      const first = suggestions.locator('.suggestion-list > li').first()
      await first.waitFor()
      expect(await first.locator('.related-why').textContent()).toMatch(/Same actors: .*Pashinyan/)
      const pinnedTitle = (await first.getByRole('link').textContent()) ?? ''
      expect(pinnedTitle).not.toBe('')
      await first.getByRole('button', { name: `Pin ${pinnedTitle}` }).click()
      await suggestions
        .getByRole('button', { name: `Unpin ${pinnedTitle}`, pressed: true })
        .waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, 'publishing-editor.png'), fullPage: true })

      await page.getByRole('button', { name: 'Publish now' }).click()
      await page.waitForURL(
        (url) => /^\/posts\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
      )
      await page.getByText('Status: published').waitFor()
      // The notice survives the move from /posts/new to the post's own page.
      expect(await page.locator('.form-note[role=status]').textContent()).toBe('Published.')
      const [saved] = await store.posts.list('published')
      expect(saved?.seeAlso.pinned).toHaveLength(1)
      expect(saved?.tags).toEqual(['CSTO', 'arms'])

      // The public page, read by someone who is not signed in.
      const reader = await browser.newContext()
      const publicPage = await reader.newPage()
      const response = await publicPage.goto(`${base}/site/articles/${saved?.slug ?? ''}`)
      expect(response?.status()).toBe(200)
      expect(await response?.headerValue('set-cookie')).toBeNull()
      await publicPage.getByRole('heading', { level: 1, name: saved?.title ?? '' }).waitFor()
      const seeAlso = publicPage.locator('.see-also')
      expect(await seeAlso.locator('li').first().textContent()).toContain(pinnedTitle)
      expect(await reader.cookies()).toEqual([])
      await reader.close()

      // The list shows it with a link to the public page; the layout holds on a phone.
      await page.goto(`${base}/posts?status=published`)
      await page.getByRole('link', { name: saved?.title ?? '' }).waitFor()
      await page.getByRole('link', { name: '(public page)' }).waitFor()
      await page.setViewportSize({ width: 375, height: 800 })
      await page.goto(`${base}/posts/${saved?.id ?? ''}`)
      await page.getByText('Status: published').waitFor()
      // Nothing reaches past the phone's width (the header's links wrap).
      expect(await pastRightEdge(page)).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, 'publishing-phone.png'), fullPage: true })
      expect(errors).toEqual([])
      await context.close()
    }, 60_000)
  },
)
