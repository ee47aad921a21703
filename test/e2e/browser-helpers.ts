/**
 * What the browser tests share: Debian's Chromium, console error collection, axe checks, and
 * the built desk.
 * @module
 */

import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type Browser, type Page } from 'playwright-core'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Why the browser tests cannot run here, or null. */
export const NO_BROWSER = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}`
/** Chromium's flags on this closed machine (no background calls to the outside). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Records console errors and uncaught page errors. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`))
  return errors
}

/** axe-core's serious and critical violations on the page, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: axe })
  return page.evaluate<string[]>(`axe.run().then((result) => result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')))`)
}

/** Builds web/dist when it is missing (`npm test` builds it before running the tests). */
export async function ensureWebBuild(): Promise<string> {
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) {
    const { build } = await import('vite')
    await build({ root: join(ROOT, 'web'), logLevel: 'warn' })
  }
  return join(ROOT, 'web/dist')
}

/**
 * When the page scrolls sideways, the elements that reach past the right edge of the viewport
 * ("NAV.site-nav 528"), at most eight, to say what widens it; empty when it does not.
 */
export function pastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const root = document.documentElement
    if (root.scrollWidth <= root.clientWidth) return []
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 8)
      .map((el) => el.tagName + '.' + el.getAttribute('class') + ' ' + Math.round(el.getBoundingClientRect().right))
  })()`)
}

/** A server the browser tests started on a free loopback port. */
export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` */
  base: string
  close(): void
}

/** Serves an app's `fetch` on 127.0.0.1 at a free port. */
export function serveOnLoopback(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<LoopbackServer> {
  return new Promise((resolve) => {
    const server: ServerType = serve(
      { fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => {
        resolve({ base: `http://127.0.0.1:${String(info.port)}`, close: () => server.close() })
      },
    )
  })
}

/** Starts Debian's Chromium headless with this machine's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

/** Signs in at `/login` and waits for the header to name the user ("ed (editor)"). */
export async function signIn(
  page: Page,
  base: string,
  email: string,
  password: string,
  shownAs: string,
): Promise<void> {
  await page.goto(`${base}/login`)
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByText(shownAs).waitFor()
}
