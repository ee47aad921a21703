import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sampleArticles } from '../../testing/sample-articles.ts'
import { SqliteStore } from './sqlite.ts'
import { WalCheckpointer } from './wal-checkpointer.ts'

describe('WalCheckpointer', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'watchdesk-wal-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('copies committed pages into the database file while the store stays open', async () => {
    const file = join(dir, 'store.db')
    const store = await SqliteStore.open(file)
    const before = statSync(file).size
    // Far under the writer's own checkpoint threshold: only the worker can have copied them.
    await store.saveArticles(sampleArticles())
    const deadline = Date.now() + 10_000
    while (statSync(file).size === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(statSync(file).size).toBeGreaterThan(before)
    await store.close()
    // The writer closed last: the log is checkpointed and gone, the articles are in the file.
    expect(existsSync(`${file}-wal`)).toBe(false)
    const reopened = await SqliteStore.open(file)
    expect(await reopened.countArticles()).toBe(3)
    await reopened.close()
  })

  it('stops at once when asked twice, and when its worker could not open the database', () => {
    const file = join(dir, 'plain.db')
    new SQLite(file).pragma('journal_mode = WAL')
    const checkpointer = new WalCheckpointer(file)
    checkpointer.stop()
    checkpointer.stop()
    const started = Date.now()
    const broken = new WalCheckpointer(join(dir, 'missing', 'none.db'))
    broken.stop()
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
