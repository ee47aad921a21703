/**
 * The call for contributors in a real Chromium (playwright-core): a contributor applies with a
 * PDF and a DOCX and gets a reference; a macro DOCX is refused with a clear message; the page
 * sets no cookie; a reader without a session cannot reach an application file. The app runs
 * in-process on a loopback port with a fresh SQLite database and upload directory.
 * @module
 */

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.ts'
import { DEFAULT_CALL } from '../../src/applications/call-config.ts'
import { SqliteStore } from '../../src/store/dialects/sqlite.ts'
import type { Store } from '../../src/store/store.ts'
import { testKb } from '../../src/testing/test-kb.ts'
import { FileVault } from '../../src/uploads/file-vault.ts'
import { fakeScanner } from '../../src/uploads/scanner.ts'
import { macroDocx, tinyDocx, tinyPdf } from '../../src/uploads/test-files.ts'
import {
  launchChromium,
  NO_BROWSER,
  serveOnLoopback,
  type LoopbackServer,
} from './browser-helpers.ts'

describe.skipIf(NO_BROWSER !== null)(
  `applications, in a browser${NO_BROWSER ? ` (skipped: ${NO_BROWSER})` : ''}`,
  () => {
    let store: Store
    let dir: string
    let server: LoopbackServer
    let browser: Browser
    let base = ''

    beforeAll(async () => {
      store = await SqliteStore.open(':memory:')
      dir = await mkdtemp(join(tmpdir(), 'wd-e2e-apps-'))
      const app = createApp({
        store,
        kb: testKb(),
        applications: {
          vault: new FileVault(dir),
          call: DEFAULT_CALL,
          scanner: fakeScanner(),
          mailer: null,
        },
      })
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

    async function fillForm(page: Page): Promise<void> {
      await page.goto(`${base}/site/contribute`)
      await page.fill('#name', 'Arman K.')
      await page.fill('#email', 'arman@example.org')
      await page.selectOption('#region', 'Armenia')
      await page.check('input[name=languages][value=Armenian]')
      await page.check('input[name=beats][value="Peace talks"]')
      await page.fill(
        '#cover_letter',
        'I cover the border delimitation talks from Yerevan and Syunik for regional outlets.',
      )
    }

    it('takes an application with a PDF and a DOCX, gives a reference and sets no cookie', async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await fillForm(page)
      expect(await page.isChecked('input[name=talent_pool]')).toBe(false)
      await page.setInputFiles('#cv', {
        name: 'cv.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(tinyPdf()),
      })
      await page.setInputFiles('#sample', {
        name: 'sample.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(tinyDocx()),
      })
      await page.click('button[type=submit]')
      const reference = await page.textContent('#reference')
      expect(reference).toMatch(/^WD-\d{4}-[A-Z2-9]{8}$/)
      expect(await context.cookies()).toEqual([])
      const stored = await store.applications.get(reference ?? '')
      expect(stored?.files).toHaveLength(2)
      await context.close()
    }, 60_000)

    it('refuses a macro DOCX with a clear message and keeps what was typed', async () => {
      const page = await browser.newPage()
      await fillForm(page)
      await page.setInputFiles('#cv', {
        name: 'cv.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(macroDocx()),
      })
      await page.setInputFiles('#sample', {
        name: 'sample.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(tinyPdf()),
      })
      await page.click('button[type=submit]')
      const problems = await page.textContent('#problems')
      expect(problems).toContain('Your application was not sent')
      expect(problems).toMatch(/CV: "cv\.docx" is a macro-enabled Word document/)
      expect(await page.inputValue('#name')).toBe('Arman K.')
      await page.close()
    }, 60_000)

    it('does not let a reader without a session reach an application file', async () => {
      const [application] = await store.applications.list()
      const detail = await store.applications.get(application?.id ?? '')
      const page = await browser.newPage()
      const res = await page.goto(
        `${base}/api/applications/${detail?.id}/files/${detail?.files[0]?.id}`,
      )
      expect(res?.status()).toBe(401)
      expect(await page.textContent('body')).not.toContain('%PDF')
      await page.close()
    }, 60_000)
  },
)
