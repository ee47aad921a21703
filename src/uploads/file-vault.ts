import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

/**
 * Uploaded files on disk, in a data directory outside the web root, under random names with no
 * extension (the applicant's file name is kept only in the database), never executable.
 */
export class FileVault {
  readonly dir: string

  constructor(dir: string) {
    this.dir = resolve(dir)
  }

  /** Stores bytes; returns the random key they are kept under. */
  async put(bytes: Uint8Array): Promise<string> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const key = randomBytes(16).toString('hex')
    await writeFile(this.#path(key), bytes, { mode: 0o600, flag: 'wx' })
    return key
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.#path(key))
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true })
  }

  #path(key: string): string {
    if (!/^[0-9a-f]{32}$/.test(key)) {
      throw new Error(`not a vault key: "${key}"`)
    }
    return join(this.dir, key)
  }
}
