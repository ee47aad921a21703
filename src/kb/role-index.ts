import { coversDate } from './date-range.ts'
import type { KbEntry } from './kb-types.ts'
import { titleKey } from './role-titles.ts'

interface Holder {
  person: string
  from: string | null
  to: string | null
}

/**
 * Who held which office where, for resolving a role written without a name ("the Armenian
 * Prime Minister" → the holder on the article's date). Offices are keyed by their scope — the
 * country of the institution, or the organisation (and its parent: the CSTO Secretariat's
 * Secretary General is the CSTO's) — and the title's key.
 */
export class RoleIndex {
  readonly #holders = new Map<string, Holder[]>()

  constructor(entries: ReadonlyMap<string, KbEntry>) {
    const countries = new Map<string, string>()
    for (const entry of entries.values()) {
      if (entry.kind === 'country') {
        for (const name of [entry.name, ...entry.aliases]) {
          countries.set(name, entry.id)
        }
      }
    }
    for (const person of entries.values()) {
      for (const role of person.kind === 'person' ? (person.roles ?? []) : []) {
        const [title, scopeName] = splitTitle(role.title, countries)
        const key = titleKey(title)
        if (!key) {
          continue
        }
        const org = role.org ? entries.get(role.org) : undefined
        const scopes = new Set<string>()
        if (org) {
          scopes.add(org.kind === 'institution' ? (org.country ?? org.id) : org.id)
          if (org.parent) {
            scopes.add(org.parent)
          }
        } else if (person.country) {
          scopes.add(person.country)
        }
        if (scopeName) {
          scopes.add(scopeName)
        }
        for (const scope of scopes) {
          const list = this.#holders.get(`${scope}|${key}`) ?? []
          list.push({ person: person.id, from: role.from, to: role.to })
          this.#holders.set(`${scope}|${key}`, list)
        }
      }
    }
  }

  /**
   * The person who held the office on `date`, when exactly one did; null when none or several
   * did (an acting and a sworn-in holder on one day stay unresolved rather than guessed).
   */
  holder(scope: string, title: string, date: string | null): string | null {
    const key = titleKey(title)
    if (!key) {
      return null
    }
    const holders = (this.#holders.get(`${scope}|${key}`) ?? []).filter((h) =>
      date ? coversDate(h.from, h.to, date) : h.to === null,
    )
    const people = new Set(holders.map((h) => h.person))
    return people.size === 1 ? holders[0]!.person : null
  }
}

/** "President of Kazakhstan" → ["President", "Kazakhstan"]: the scope some titles carry. */
function splitTitle(title: string, countries: Map<string, string>): [string, string | null] {
  const match = /^(.+?) of (?:the )?([A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)*)$/.exec(title)
  if (match && titleKey(match[1]!) && !titleKey(title)) {
    return [match[1]!, countries.get(match[2]!) ?? null]
  }
  return [title, null]
}
