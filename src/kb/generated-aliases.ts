import type { KbEntry } from './kb-types.ts'

/**
 * Surface forms generated from the data instead of listed by hand: every form of an
 * institution's name ("Azerbaijan's Ministry of Foreign Affairs", "the Armenian Foreign
 * Ministry", "Baku's MFA", "Foreign Ministry of Armenia"), collectives that stand for a
 * country's government ("the Armenian side", "Azerbaijani authorities", "official Baku"), and
 * people's surnames and initials ("Pashinyan", "N. Pashinyan").
 */
export interface GeneratedAlias {
  surface: string
  actor: string
  /** `surname`: a bare surname, which several people may share; resolved by context. */
  kind: 'name' | 'surname'
}

/**
 * The nouns each institution type goes by, keyed by the suffix of its id (`ARM-MFA` → `MFA`).
 * Only institutions whose id ends in one of these get generated forms.
 */
export const INSTITUTION_NOUNS: Readonly<Record<string, readonly string[]>> = {
  MFA: ['Ministry of Foreign Affairs', 'Foreign Ministry', 'Foreign Affairs Ministry', 'MFA'],
  MOD: [
    'Ministry of Defence',
    'Ministry of Defense',
    'Defence Ministry',
    'Defense Ministry',
    'MoD',
  ],
  GOV: ['government', 'cabinet'],
  PRES: ['presidency', 'presidential administration', 'presidential office'],
  LEG: ['parliament', 'legislature'],
  SC: ['Security Council'],
  MIA: ['Ministry of Internal Affairs', 'Interior Ministry'],
  MIL: ['armed forces', 'army', 'military'],
  BORDER: ['border service', 'State Border Service', 'border guards'],
  DA: ['Defence Army', 'Defense Army', 'forces', 'army'],
}

/** Nouns for a country's people acting as one: they stand for its government. */
const COLLECTIVE_NOUNS = ['side', 'authorities', 'leadership', 'officials']

/** Generates the forms above from the entries; `taken` lists surfaces data already claims. */
export function generateAliases(
  entries: ReadonlyMap<string, KbEntry>,
  taken: (surface: string) => boolean,
): GeneratedAlias[] {
  const out: GeneratedAlias[] = []
  const add = (surface: string, actor: string, kind: GeneratedAlias['kind'] = 'name'): void => {
    if (!taken(surface)) {
      out.push({ surface, actor, kind })
    }
  }
  const byType = countInstitutionTypes(entries)
  for (const entry of entries.values()) {
    if (entry.kind === 'institution' && entry.country) {
      const type = entry.id.slice(entry.country.length + 1)
      const country = entries.get(entry.country)
      if (!country || byType.get(`${entry.country}-${type}`) !== 1) {
        continue
      }
      for (const noun of INSTITUTION_NOUNS[type] ?? []) {
        for (const form of countryForms(country)) {
          add(`${form} ${noun}`, entry.id)
        }
        add(`${noun} of ${country.name}`, entry.id)
      }
    } else if (entry.kind === 'country') {
      const government = entries.get(`${entry.id}-GOV`)?.id ?? entry.id
      for (const noun of COLLECTIVE_NOUNS) {
        for (const form of countryForms(entry)) {
          add(`${form} ${noun}`, government)
        }
      }
      if (entry.capital) {
        add(`official ${entry.capital}`, government)
      }
    } else if (entry.kind === 'person') {
      for (const name of [entry.name, ...entry.aliases]) {
        const words = name.split(/\s+/)
        if (words.length < 2 || words.some((w) => w.endsWith('.'))) {
          continue
        }
        const surname = words[words.length - 1]!
        add(`${words[0]![0]!}. ${surname}`, entry.id)
        if (!entry.aliases.some((a) => !a.includes(' '))) {
          add(surname, entry.id, 'surname')
        }
      }
    }
  }
  return out
}

/** "Armenia", "Armenia's", "Armenian", "Yerevan's": what goes before an institution noun. */
function countryForms(country: KbEntry): string[] {
  const forms = [country.name, `${country.name}'s`]
  const demonyms = country.demonyms ?? []
  // Plural nouns ("Armenians") do not qualify a noun; keep the adjectives.
  forms.push(...demonyms.filter((d) => !(d.endsWith('s') && demonyms.includes(d.slice(0, -1)))))
  if (country.capital) {
    forms.push(`${country.capital}'s`)
  }
  return forms
}

function countInstitutionTypes(entries: ReadonlyMap<string, KbEntry>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const entry of entries.values()) {
    if (entry.kind === 'institution' && entry.country) {
      const key = `${entry.country}-${entry.id.slice(entry.country.length + 1)}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}
