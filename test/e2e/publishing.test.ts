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
      await page.getByRole('status').getByText('Published.').waitFor()
      await page.waitForURL(
        (url) => /^\/posts\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
      )
      await page.getByText('Status: published').waitFor()
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
    })
  },
)
