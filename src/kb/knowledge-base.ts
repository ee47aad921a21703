import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ValidationError } from '../core/errors.ts'
import type { KbEntry, KbRole } from './kb-types.ts'
import { validateEntry } from './validate-entry.ts'

/** Where the default pack for the South Caucasus lives. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../kb/default', import.meta.url))

/** How a surface form names an actor: its name or alias, a demonym, or its capital (metonym). */
export type AliasKind = 'name' | 'demonym' | 'capital'

/** A surface form that names an actor. */
export interface AliasEntry {
  actor: string
  kind: AliasKind
}

/**
 * The knowledge base: actors by id, and an index from every name, alias, demonym and capital
 * to the actors it may name. Later packs override earlier ones entry by entry (same id).
 *
 * @example
 * const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
 * kb.get('ARM')?.name // 'Armenia'
 */
export class KnowledgeBase {
  readonly #entries = new Map<string, KbEntry>()
  readonly #aliases = new Map<string, AliasEntry[]>()

  constructor(entries: readonly KbEntry[]) {
    for (const entry of entries) {
      this.#entries.set(entry.id, entry)
    }
    for (const entry of this.#entries.values()) {
      this.#index(entry)
    }
  }

  /** Loads every `*.json` pack file in each directory, later directories overriding earlier. */
  static load(dirs: readonly string[]): KnowledgeBase {
    const entries: KbEntry[] = []
    for (const dir of dirs) {
      if (!existsSync(dir)) {
        continue
      }
      for (const file of readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()) {
        entries.push(...readPackFile(join(dir, file)))
      }
    }
    return new KnowledgeBase(entries)
  }

  /** The entry with this id, or undefined. */
  get(id: string): KbEntry | undefined {
    return this.#entries.get(id)
  }

  /** Every entry. */
  entries(): IterableIterator<KbEntry> {
    return this.#entries.values()
  }

  /** The number of entries. */
  get size(): number {
    return this.#entries.size
  }

  /** The actors a surface form may name, matched case-insensitively. */
  lookup(surface: string): readonly AliasEntry[] {
    return this.#aliases.get(aliasKey(surface)) ?? []
  }

  /** Every indexed surface form, lower-cased. */
  surfaces(): IterableIterator<string> {
    return this.#aliases.keys()
  }

  /** The roles a person held on `date` (`YYYY-MM-DD`), most recent start first. */
  rolesOn(id: string, date: string | null): KbRole[] {
    const roles = this.#entries.get(id)?.roles ?? []
    if (!date) {
      return roles.filter((role) => role.to === null)
    }
    return roles
      .filter(
        (role) =>
          (role.from === null || role.from <= date) &&
          (role.to === null || role.to >= date.slice(0, role.to.length)),
      )
      .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
  }

  #index(entry: KbEntry): void {
    const add = (surface: string, kind: AliasKind): void => {
      const key = aliasKey(surface)
      if (key.length < 2) {
        return
      }
      const list = this.#aliases.get(key) ?? []
      if (!list.some((item) => item.actor === entry.id)) {
        list.push({ actor: entry.id, kind })
        this.#aliases.set(key, list)
      }
    }
    add(entry.name, 'name')
    for (const alias of entry.aliases) {
      add(alias, 'name')
    }
    for (const demonym of entry.demonyms ?? []) {
      add(demonym, 'demonym')
    }
    if (entry.capital) {
      add(entry.capital, 'capital')
    }
  }
}

/** Case, spacing and apostrophe style do not distinguish names: ’ and ' are one. */
function aliasKey(surface: string): string {
  return surface.trim().replace(/\s+/g, ' ').replace(/[’ʼ`]/g, "'").toLowerCase()
}

function readPackFile(path: string): KbEntry[] {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error: unknown) {
    throw new ValidationError(`knowledge base file "${path}" is not valid JSON`, {
      code: 'invalid_kb',
      cause: error,
    })
  }
  if (!Array.isArray(data)) {
    throw new ValidationError(`knowledge base file "${path}" must hold a JSON array of entries`, {
      code: 'invalid_kb',
    })
  }
  return data.map((item: unknown, index) => validateEntry(item, `${path}[${index}]`))
}
