/**
 * End-to-end test of the web UI against the real product: starts `watchdesk serve --seed` on a
 * free port with a fresh database, drives Debian's Chromium through playwright-core, and saves
 * screenshots to test-artifacts/.
 *
 * Skipped (with the reason) when Chromium is not installed or the server's entry point does not
 * exist. Set WATCHDESK_E2E_URL to test a server that is already running instead, e.g. the mock:
 * `npx tsx web/dev/mock-api.ts --static` then `WATCHDESK_E2E_URL=http://127.0.0.1:8080`.
 * @module
 */

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CHROMIUM,
  collectErrors,
  ensureWebBuild,
  launchChromium,
  pastRightEdge,
  ROOT,
  seriousViolations,
} from './browser-helpers.ts'

const ARTIFACTS = join(ROOT, 'test-artifacts')
const EXTERNAL_URL = process.env.WATCHDESK_E2E_URL
const STARTUP_TIMEOUT_MS = 120_000

const skipReason = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`
  : !EXTERNAL_URL && !existsSync(join(ROOT, 'src/cli/main.ts'))
    ? 'src/cli/main.ts does not exist yet'
    : null
const suiteName = `web UI, end to end${skipReason ? ` (skipped: ${skipReason})` : ''}`

describe.skipIf(skipReason !== null)(suiteName, () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let baseUrl = ''

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true })
    if (EXTERNAL_URL) {
      baseUrl = EXTERNAL_URL.replace(/\/$/, '')
    } else {
      await ensureWebBuild()
      server = await startServer()
      baseUrl = server.url
    }
    browser = await launchChromium()
  }, STARTUP_TIMEOUT_MS + 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lists, searches, opens an annotated article, an actor and the sources, without console errors', async () => {
    const page = await newPage(browser)
    const errors = collectErrors(page)

    // Home: the desk's name and the latest articles.
    await page.goto(`${baseUrl}/`)
    expect(await page.title()).toBe('Watchdesk')
    await page.getByRole('heading', { level: 2, name: 'Latest articles' }).waitFor()
    const homeLinks = page.locator('main a[href^="/articles/"]')
    await homeLinks.first().waitFor()
    expect(await homeLinks.count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'web-home.png'), fullPage: true })

    // Search from the header's box.
    const box = page.getByRole('searchbox', { name: 'Search articles' })
    await box.fill('Pashinyan')
    await box.press('Enter')
    await page.waitForURL(/\/search\?q=Pashinyan/)
    await page.getByRole('heading', { level: 1, name: /Results for/ }).waitFor()
    expect(await box.inputValue()).toBe('Pashinyan')
    const results = page.locator('main .article-list a[href^="/articles/"]')
    await results.first().waitFor()
    const hrefs: string[] = []
    for (const link of await results.all()) {
      hrefs.push((await link.getAttribute('href')) ?? '')
    }
    expect(hrefs.length).toBeGreaterThan(0)
    expect(await page.locator('main .snippet mark').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'web-search.png'), fullPage: true })

    // Open results (the first, and the next ones only if it has no quote) until one shows
    // actor and quote marks.
    let marked = false
    for (const [index, href] of hrefs.slice(0, 5).entries()) {
      if (index === 0) {
        await results.first().click()
      } else {
        await page.goto(`${baseUrl}${href}`)
      }
      await page.waitForURL((url) => url.pathname === href)
      // The URL changes before the new page renders: wait for the article's own body.
      await page.locator('main .article-body').waitFor()
      const actors = await page.locator('.article-body [data-kind="actor"]').count()
      const quotes = await page.locator('.article-body [data-kind="quote"]').count()
      if (actors > 0 && quotes > 0) {
        marked = true
        break
      }
    }
    expect(marked, 'a "Pashinyan" result with actor and quote marks').toBe(true)
    await page.screenshot({ path: join(ARTIFACTS, 'web-article.png'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: join(ARTIFACTS, 'web-article-phone.png') })
    await page.setViewportSize({ width: 1280, height: 900 })

    // "See Also" under the text: related articles with why, and a reference links its article.
    const articleUrl = new URL(page.url()).pathname
    const articleTitle = (await page.locator('main h1').textContent())?.trim() ?? ''
    await page.getByRole('heading', { level: 2, name: 'See Also' }).waitFor()
    const related = page.locator('main .see-also a[href^="/articles/"]')
    expect(await related.count(), 'related articles of the marked article').toBeGreaterThan(0)
    expect(await page.locator('main .see-also .related-why').count()).toBeGreaterThan(0)
    const relatedHref = (await related.first().getAttribute('href')) ?? ''
    const relatedTitle = (await related.first().textContent())?.trim() ?? ''
    expect(relatedHref).not.toBe(articleUrl)
    await related.first().click()
    await page.waitForURL((url) => url.pathname === relatedHref)
    await page.getByRole('heading', { level: 1, name: relatedTitle, exact: true }).waitFor()
    await page.locator('main .article-body').waitFor()
    await page.getByRole('heading', { level: 2, name: 'See Also' }).waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'web-related.png'), fullPage: true })
    await page.goBack()
    await page.waitForURL((url) => url.pathname === articleUrl)
    await page.getByRole('heading', { level: 1, name: articleTitle, exact: true }).waitFor()

    // Follow an actor link from the text.
    const actorLink = page.locator('.article-body a[data-kind="actor"]').first()
    const actorHref = await actorLink.getAttribute('href')
    expect(actorHref).toMatch(/^\/actors\//)
    await actorLink.click()
    await page.waitForURL((url) => url.pathname === actorHref)
    await page.getByRole('heading', { level: 2, name: /Articles mentioning/ }).waitFor()
    expect((await page.locator('main h1').textContent())?.trim()).not.toBe('')
    expect(await page.locator('main a[href^="/articles/"]').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(ARTIFACTS, 'web-actor.png'), fullPage: true })

    // The actor page offers its articles for download in each format.
    const actorId = decodeURIComponent((actorHref ?? '').slice('/actors/'.length))
    expect(await exportHrefs(page)).toEqual(
      EXPORT_FORMATS.map(
        (format) => `/api/export?${new URLSearchParams({ format, actor: actorId }).toString()}`,
      ),
    )

    // The export page, from the header's navigation: every article in each format.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Export' })
      .click()
    await page.waitForURL((url) => url.pathname === '/export')
    await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor()
    expect(await page.title()).toBe('Export · Watchdesk')
    const downloads = await exportHrefs(page)
    expect(downloads).toEqual(EXPORT_FORMATS.map((format) => `/api/export?format=${format}`))
    if (!EXTERNAL_URL) {
      // The CSV link answers a download with its header row.
      const response = await page.request.get(`${baseUrl}${downloads[1] ?? ''}`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-disposition']).toMatch(/^attachment/)
      expect((await response.text()).split('\n')[0]).toMatch(/^id,published,/)
    }
    await page.screenshot({ path: join(ARTIFACTS, 'web-export.png'), fullPage: true })

    // The sources page, from the header's navigation. The seeded demo database watches no
    // sources, so it explains how to add one (a server given by WATCHDESK_E2E_URL, such as the
    // mock, may list some instead).
    const sourcesLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Sources',
    })
    await sourcesLink.click()
    await page.waitForURL((url) => url.pathname === '/sources')
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor()
    expect(await page.title()).toBe('Sources · Watchdesk')
    expect(await sourcesLink.getAttribute('aria-current')).toBe('page')
    const cards = page.locator('main .source-card')
    if (EXTERNAL_URL && (await cards.count()) > 0) {
      expect(await cards.first().locator('h2 a[href^="http"]').count()).toBe(1)
    } else {
      await page.getByText('No sources are watched yet.').waitFor()
      await page.getByText('watchdesk sources add URL', { exact: false }).first().waitFor()
    }
    await page.screenshot({ path: join(ARTIFACTS, 'web-sources.png'), fullPage: true })

    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  it('shows every desk page at desktop and phone width, with no console errors and no serious axe violations', async () => {
    const page = await newPage(browser)
    const errors = collectErrors(page)
    const visit = async (path: string, name: string, ready: () => Promise<unknown>) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(`${baseUrl}${path}`)
      await ready()
      await page.screenshot({ path: join(ARTIFACTS, `desk-${name}.png`), fullPage: true })
      expect(await seriousViolations(page), `axe on ${path}`).toEqual([])
      await page.setViewportSize({ width: 375, height: 800 })
      expect(await pastRightEdge(page), `horizontal overflow at 375 px on ${path}`).toEqual([])
      await page.screenshot({ path: join(ARTIFACTS, `desk-${name}-375.png`) })
    }
    await visit('/', 'dashboard', () => page.locator('.tension-card svg').first().waitFor())
    expect(await page.locator('.dash-statements [data-kind="statement"]').count()).toBeGreaterThan(
      0,
    )
    expect(await page.locator('.active-actors a[href^="/actors/"]').count()).toBeGreaterThan(0)
    await visit('/search?q=ceasefire&country=AZE', 'search', () =>
      page.locator('main .snippet mark').first().waitFor(),
    )
    expect(await page.locator('.facets .facet-active').count()).toBe(1)
    await visit('/dyads/AZE-ARM', 'dyad', () => page.locator('.dyad-page svg').first().waitFor())
    const sentence = page.locator('.events-table a[href*="#span-"]').first()
    const href = (await sentence.getAttribute('href')) ?? ''
    await visit('/network', 'network', () =>
      page.locator('.network-graph canvas').first().waitFor(),
    )
    await visit('/orgs/CSTO', 'org', () =>
      page.locator('.memberships-table tbody tr').first().waitFor(),
    )
    await page.getByRole('button', { name: 'Check' }).click()
    await page.locator('.eligibility-answer p').first().waitFor()
    await visit('/actors/nikol-pashinyan', 'actor-activity', () =>
      page.getByRole('heading', { level: 2, name: /Statements by/ }).waitFor(),
    )
    expect(await page.locator('main [data-kind="statement"]').count()).toBeGreaterThan(0)
    const thread =
      (await page.locator('main a[href^="/threads/"]').first().getAttribute('href')) ?? ''
    await visit(thread, 'thread', () =>
      page.getByRole('heading', { level: 2, name: 'The statement' }).waitFor(),
    )
    // An event's sentence opens its article with the event marked.
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${baseUrl}${href}`)
    await page.locator('.article-body .ann-target').waitFor()
    expect(errors).toEqual([])
    // Keyboard: the skip link is the first stop and moves focus to the content.
    await page.goto(`${baseUrl}/`)
    await page.locator('.tension-card').first().waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate<string>('document.activeElement?.textContent')).toBe(
      'Skip to content',
    )
    await page.close()
  }, 180_000)

  it('shows a not-found page for an unknown address', async () => {
    const page = await newPage(browser)
    await page.goto(`${baseUrl}/no-such-page`)
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    await page.goto(`${baseUrl}/articles/no-such-article-e2e`)
    await page.getByRole('alert').getByRole('heading', { name: 'Not found' }).waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'web-not-found.png') })
    await page.close()
  }, 60_000)
})

const EXPORT_FORMATS = ['jsonl', 'csv', 'events-tsv']

/** The hrefs of the page's export download links, in order (each must have `download`). */
async function exportHrefs(page: Page): Promise<string[]> {
  const links = page.locator('main .export-links a[download]')
  await links.first().waitFor()
  const hrefs: string[] = []
  for (const link of await links.all()) {
    hrefs.push((await link.getAttribute('href')) ?? '')
  }
  return hrefs
}

interface RunningServer {
  url: string
  stop(): Promise<void>
}

async function newPage(browser: Browser | undefined): Promise<Page> {
  if (!browser) {
    throw new Error('the browser did not start')
  }
  return browser.newPage({ viewport: { width: 1280, height: 900 } })
}

/** Starts `watchdesk serve --seed` on a free port with a database in a fresh temp dir. */
async function startServer(): Promise<RunningServer> {
  const port = await freePort()
  const dir = await mkdtemp(join(tmpdir(), 'watchdesk-e2e-'))
  const args = ['bin/watchdesk.js', 'serve', '--port', String(port)]
  args.push('--db', join(dir, 'watchdesk.db'), '--seed')
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // The URL is logged at level info; vitest.config.ts sets WATCHDESK_LOG=warn for the suite.
    env: { ...process.env, NO_COLOR: '1', WATCHDESK_LOG: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = `http://127.0.0.1:${String(port)}`
  try {
    await waitForOutput(child, url)
  } catch (e: unknown) {
    await stopChild(child)
    await rm(dir, { recursive: true, force: true })
    throw e
  }
  return {
    url,
    async stop() {
      await stopChild(child)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Resolves when the child prints `text`; rejects if it exits first or takes too long. */
function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const done = (error?: Error) => {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      child.off('exit', onExit)
      if (error) {
        reject(error)
      } else {
        resolve()
      }
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(text)) {
        done()
      }
    }
    const onExit = (code: number | null) => {
      done(new Error(`watchdesk serve exited (${String(code)}) before listening:\n${output}`))
    }
    const timer = setTimeout(() => {
      done(new Error(`watchdesk serve did not print ${text} in time:\n${output}`))
    }, STARTUP_TIMEOUT_MS)
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', onExit)
  })
}

/** Stops the server we started: SIGTERM, then SIGKILL after 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return
  }
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve()
    })
  })
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** A TCP port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port)
        } else {
          reject(new Error('could not find a free port'))
        }
      })
    })
  })
}
