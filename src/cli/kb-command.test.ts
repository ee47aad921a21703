import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// Each call starts a process that loads the sources through tsx: seconds apiece on a busy
// two-core machine, so these tests get more time than the default.
const CLI_TIMEOUT = 90_000

const run = promisify(execFile)
const BIN = new URL('../../bin/watchdesk.js', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'watchdesk-kb-cli-'))

async function watchdesk(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, WATCHDESK_KB: join(dir, 'pack'), WATCHDESK_LOG: 'info' },
    })
    return { code: 0, stdout, stderr }
  } catch (error: unknown) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('watchdesk kb', { timeout: CLI_TIMEOUT }, () => {
  it('answers the seed eligibility question as JSON', async () => {
    const { code, stdout } = await watchdesk([
      'kb',
      'eligibility',
      '--org',
      'CSTO',
      '--candidate',
      'AZE',
      '--status',
      'observer',
      '--on',
      '2019-11-28',
      '--json',
    ])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ eligible: false, reasons: [{ lacking: ['ARM'] }] })
  })

  it('lists members on a date, imports a CSV, shows the entry, and names bad input', async () => {
    const members = await watchdesk(['kb', 'members', 'CSTO', '--on', '2019-11-28', '--json'])
    expect((JSON.parse(members.stdout) as { members: unknown[] }).members).toContainEqual(
      expect.objectContaining({ country: 'ARM', status: 'member' }),
    )
    const csv = join(dir, 'people.csv')
    writeFileSync(
      csv,
      'id,name,kind,country,role_title,role_org,role_from\ntest-person,Testa Personova,person,KGZ,Ambassador,,2020\n',
    )
    expect((await watchdesk(['kb', 'import', csv])).stdout).toMatch(/imported 1 entries/)
    expect((await watchdesk(['kb', 'show', 'test-person'])).stdout).toMatch(
      /role: +Ambassador, 2020 – now/,
    )
    expect((await watchdesk(['kb', 'search', 'Personova'])).stdout).toMatch(/test-person/)
    const bad = await watchdesk(['kb', 'members', 'CSTO', '--on', '28.11.2019'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/"28\.11\.2019" is not a date/)
    const unknown = await watchdesk(['kb', 'show', 'nobody-at-all'])
    expect(unknown.stderr).toMatch(/no knowledge-base entry with id "nobody-at-all"/)
  })

  it('lists proposals from a database, and refuses an unknown action', async () => {
    const db = join(dir, 'w.db')
    const page = join(dir, 'zas.txt')
    writeFileSync(page, 'Stanislav Zas was elected secretary general of the CSTO on Thursday.')
    await watchdesk(['ingest', page, '--db', db])
    const list = await watchdesk(['kb', 'proposals', 'list', '--db', db, '--json'])
    expect(JSON.parse(list.stdout)).toMatchObject({
      total: 1,
      items: [{ person: 'stanislav-zas', change: 'start' }],
    })
    const wrong = await watchdesk(['kb', 'proposals', 'approve', '--db', db])
    expect(wrong.stderr).toMatch(/action "approve" is not one of list, accept, reject/)
  })
})
