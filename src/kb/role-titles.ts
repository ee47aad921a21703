/**
 * Role titles as news write them, mapped to one key per office, so that "the Armenian Foreign
 * Minister", "Armenia's foreign minister" and a KB role "Minister of Foreign Affairs" meet.
 */
const TITLE_KEYS: Readonly<Record<string, readonly string[]>> = {
  'prime-minister': ['prime minister', 'premier', 'pm'],
  president: ['president', 'head of state'],
  'vice-president': ['vice president', 'vice-president'],
  'foreign-minister': [
    'foreign minister',
    'minister of foreign affairs',
    'foreign affairs minister',
    'minister for europe and foreign affairs',
  ],
  'defence-minister': [
    'defence minister',
    'defense minister',
    'minister of defence',
    'minister of defense',
    'minister of national defence',
    'minister of the armed forces',
  ],
  'interior-minister': ['interior minister', 'minister of internal affairs'],
  speaker: [
    'speaker',
    'parliament speaker',
    'parliamentary speaker',
    'speaker of parliament',
    'speaker of the national assembly',
    'speaker of the milli majlis',
    'speaker of the grand national assembly',
    'speaker of the majlis',
  ],
  'secretary-general': ['secretary general', 'secretary-general'],
  'mfa-spokesperson': [
    'foreign ministry spokesperson',
    'foreign ministry spokesman',
    'foreign ministry spokeswoman',
    'spokesperson of the ministry of foreign affairs',
    'spokesperson for the foreign ministry',
    'mfa spokesperson',
  ],
  'security-council-secretary': ['security council secretary', 'secretary of the security council'],
  'chief-of-general-staff': ['chief of the general staff', 'chief of general staff'],
  'secretary-of-state': ['secretary of state'],
}

const KEY_OF = new Map<string, string>(
  Object.entries(TITLE_KEYS).flatMap(([key, titles]) => titles.map((t) => [t, key] as const)),
)

/** Every written title the resolver knows, longest first: for building a matcher. */
export const KNOWN_TITLES: readonly string[] = [...KEY_OF.keys()].sort(
  (a, b) => b.length - a.length,
)

/** The office key of a title as written ("Foreign Minister" → `foreign-minister`), or null. */
export function titleKey(title: string): string | null {
  return KEY_OF.get(title.toLowerCase().replace(/\s+/g, ' ').trim()) ?? null
}
