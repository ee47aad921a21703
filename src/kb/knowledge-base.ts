import { fileURLToPath } from 'node:url'
import { aliasKey, SURFACE_WORD } from './alias-key.ts'
import { coversDate } from './date-range.ts'
import { generateAliases } from './generated-aliases.ts'
import type { KbEntry, KbMembership, KbMembershipRule, KbRelation, KbRole } from './kb-types.ts'
import { readPacks, type PackContents } from './pack-files.ts'
import { RoleIndex } from './role-index.ts'
import { titleKey } from './role-titles.ts'

/** Where the default pack for the South Caucasus lives. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../kb/default', import.meta.url))

/**
 * How a surface form names an actor: its name or alias, a demonym, its capital (metonym), or a
 * bare surname (which several people may share).
 */
export type AliasKind = 'name' | 'demonym' | 'capital' | 'surname'

/** A surface form that names an actor. */
export interface AliasEntry {
  actor: string
  kind: AliasKind
}

/**
 * The knowledge base: actors by id, an index from every name, alias, demonym, capital and
 * generated form to the actors it may name, bilateral relations and membership rules. Later
 * packs override earlier ones entry by entry (same id).
 *
 * @example
 * const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
 * kb.get('ARM')?.name // 'Armenia'
 */
export class KnowledgeBase {
  readonly #entries = new Map<string, KbEntry>()
  #aliases = new Map<string, AliasEntry[]>()
  /** First word of every surface form → the most words a form starting with it has. */
  #firstWords = new Map<string, number>()
  #roles: RoleIndex | null = null
  readonly relations: readonly KbRelation[]
  readonly rules: readonly KbMembershipRule[]

  constructor(entries: readonly KbEntry[], extra: Partial<Omit<PackContents, 'entries'>> = {}) {
    for (const entry of entries) {
      this.#entries.set(entry.id, entry)
    }
    this.relations = extra.relations ?? []
    this.rules = extra.rules ?? []
    this.#reindex()
  }

  /** Loads every pack file in each directory, later directories overriding earlier. */
  static load(dirs: readonly string[]): KnowledgeBase {
    const { entries, ...extra } = readPacks(dirs)
    return new KnowledgeBase(entries, extra)
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

  /** Adds or replaces an entry (an accepted proposal, an import) and rebuilds the indexes. */
  upsert(entry: KbEntry): void {
    this.#entries.set(entry.id, entry)
    this.#reindex()
  }

  /** The actors a surface form may name, matched case-insensitively. */
  lookup(surface: string): readonly AliasEntry[] {
    return this.#aliases.get(aliasKey(surface)) ?? []
  }

  /**
   * The most words a surface form starting with `word` has, 0 when none starts with it: lets
   * matchers skip most words of a text with one lookup.
   */
  maxWordsFrom(word: string): number {
    return this.#firstWords.get(aliasKey(word)) ?? 0
  }

  /** Every indexed surface form, lower-cased. */
  surfaces(): IterableIterator<string> {
    return this.#aliases.keys()
  }

  /** Entries whose id, name or an alias contains `query` (case-insensitive), best first. */
  search(query: string, limit = 20): KbEntry[] {
    const q = aliasKey(query)
    const scored: [number, KbEntry][] = []
    for (const entry of this.#entries.values()) {
      const names = [entry.id, entry.name, ...entry.aliases].map(aliasKey)
      const score = names.some((n) => n === q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : 2
      if (score < 2 || names.some((n) => n.includes(q))) {
        scored.push([score, entry])
      }
    }
    return scored
      .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name))
      .slice(0, limit)
      .map(([, entry]) => entry)
  }

  /** The roles a person held on `date` (`YYYY-MM-DD`), most recent start first. */
  rolesOn(id: string, date: string | null): KbRole[] {
    const roles = this.#entries.get(id)?.roles ?? []
    if (!date) {
      return roles.filter((role) => role.to === null)
    }
    return roles
      .filter((role) => coversDate(role.from, role.to, date))
      .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
  }

  /**
   * The office a person held on `date` as a record names it: a state office (President,
   * Foreign Minister) first, then any other post but a party's, the most recent first.
   */
  officeOn(id: string, date: string | null): string | null {
    const rank = (role: KbRole): number =>
      role.org && this.isParty(role.org) ? 2 : titleKey(role.title) !== null ? 0 : 1
    let best: KbRole | null = null
    for (const role of this.rolesOn(id, date)) {
      if (!best || rank(role) < rank(best)) {
        best = role
      }
    }
    return best?.title ?? null
  }

  /** Whether an entry is a political party (its CAMEO code ends in PTY). */
  isParty(id: string): boolean {
    return this.#entries.get(id)?.cameo?.endsWith('PTY') ?? false
  }

  /** The person who held an office of a country or organisation on `date`, if exactly one. */
  holderOf(scope: string, title: string, date: string | null): string | null {
    this.#roles ??= new RoleIndex(this.#entries)
    return this.#roles.holder(scope, title, date)
  }

  /** An organisation's memberships in force on `date` (all current ones when date is null). */
  membersOn(orgId: string, date: string | null): KbMembership[] {
    const members = this.#entries.get(orgId)?.members ?? []
    return members.filter((m) =>
      date ? coversDate(m.from, m.to, date) && m.to !== date : m.to === null,
    )
  }

  /** False when a `none` relation between the two states covers `date`. */
  haveDiplomaticRelations(a: string, b: string, date: string | null): boolean {
    return !this.relations.some(
      (r) =>
        r.between.includes(a) &&
        r.between.includes(b) &&
        a !== b &&
        (date ? coversDate(r.from, r.to, date) : r.to === null),
    )
  }

  #reindex(): void {
    this.#aliases = new Map()
    this.#firstWords = new Map()
    this.#roles = null
    for (const entry of this.#entries.values()) {
      this.#index(entry)
    }
    const taken = (surface: string): boolean => this.#aliases.has(aliasKey(surface))
    for (const alias of generateAliases(this.#entries, taken)) {
      this.#add(alias.surface, alias.actor, alias.kind)
    }
  }

  #index(entry: KbEntry): void {
    this.#add(entry.name, entry.id, 'name')
    for (const alias of entry.aliases) {
      this.#add(alias, entry.id, 'name')
    }
    for (const demonym of entry.demonyms ?? []) {
      this.#add(demonym, entry.id, 'demonym')
    }
    if (entry.capital) {
      this.#add(entry.capital, entry.id, 'capital')
    }
  }

  #add(surface: string, actor: string, kind: AliasKind): void {
    const key = aliasKey(surface)
    if (key.length < 2) {
      return
    }
    const words = key.match(SURFACE_WORD) ?? []
    const first = words[0]
    if (first && (this.#firstWords.get(first) ?? 0) < words.length) {
      this.#firstWords.set(first, words.length)
    }
    const list = this.#aliases.get(key) ?? []
    if (!list.some((item) => item.actor === actor)) {
      list.push({ actor, kind })
      this.#aliases.set(key, list)
    }
  }
}
