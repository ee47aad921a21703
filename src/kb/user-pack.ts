import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { KbEntry } from './kb-types.ts'

/** Where user packs live when `WATCHDESK_KB` is not set. */
export const DEFAULT_USER_KB_DIR = './data/kb'

/**
 * The user pack directories, in load order (later override earlier): `WATCHDESK_KB`
 * (colon-separated), else `./data/kb`. Imports and accepted proposals are written to the last.
 */
export function userKbDirs(env: string | undefined = process.env.WATCHDESK_KB): string[] {
  const dirs = (env ?? '').split(':').filter(Boolean)
  return (dirs.length > 0 ? dirs : [DEFAULT_USER_KB_DIR]).map((dir) => resolve(dir))
}

/** The directory written to: the last user pack. */
export function writableKbDir(env?: string): string {
  return userKbDirs(env).at(-1)!
}

/**
 * Merges items into a JSON array file of a pack, replacing items with the same key, and returns
 * the number of items written. Creates the directory and file when absent.
 */
export function mergeIntoPackFile<T>(
  dir: string,
  file: string,
  items: readonly T[],
  key: (item: T) => string,
): number {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, file)
  const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T[]) : []
  const merged = new Map<string, T>(existing.map((item) => [key(item), item]))
  for (const item of items) {
    merged.set(key(item), item)
  }
  writeFileSync(path, `${JSON.stringify([...merged.values()], null, 2)}\n`)
  return items.length
}

/** Writes entries to the user pack's `imported.json` (or another file), replacing by id. */
export function writeUserEntries(dir: string, file: string, entries: readonly KbEntry[]): number {
  return mergeIntoPackFile(dir, file, entries, (entry) => entry.id)
}
