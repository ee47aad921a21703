/** Role nouns that introduce a person: "Prime Minister Nikol Pashinyan". */
const ROLE_NOUNS = [
  'Prime Minister',
  'President',
  'Vice President',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Interior Minister',
  'Economy Minister',
  'Minister',
  'Deputy Minister',
  'Speaker',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Secretary General',
  'Secretary-General',
  'Secretary',
  'Ambassador',
  'Envoy',
  'Special Representative',
  'representative',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Press Secretary',
  'Chancellor',
  'King',
  'Emir',
  'Governor',
  'Mayor',
  'Head',
  'Leader',
  'Commander',
  'Chief of General Staff',
  'Chief',
  'Director',
  'Senator',
  'MP',
  'Deputy',
  'Lawmaker',
  'Ombudsman',
  'Human Rights Defender',
  'Prosecutor General',
  'Commissioner',
  'High Representative',
  'Patriarch',
  'Catholicos',
  'Aide',
  'Adviser',
  'Advisor',
  'official',
  'diplomat',
  'politician',
  'opposition leader',
  'activist',
  'journalist',
  'analyst',
]

/** Every role noun as one regex alternation, longest first. */
export const ROLE_ALTERNATION = ROLE_NOUNS.sort((a, b) => b.length - a.length)
  .map((noun) => noun.replace(/ /g, '\\s+'))
  .join('|')

/**
 * A role phrase that ends right where a name begins: "the Armenian Prime Minister",
 * "Russian Deputy Prime Minister", "the spokesperson of Azerbaijan's Ministry of Foreign Affairs".
 * Applied to the text before a name; group 1 is the role as the article words it.
 */
export const ROLE_BEFORE_NAME = new RegExp(
  `(?:^|[\\s(,;:])((?:(?:Deputy|Vice|First|Acting|Former|former|deputy|vice|first|acting)\\s+)?(?:${ROLE_ALTERNATION})(?:\\s+(?:of|for|to)\\s+[^,;.“”"«»()]{1,80}?)?)\\s*,?\\s*$`,
  'i',
)

/** "Nikol Pashinyan, Armenia's prime minister," — group 1 is the role. */
export const ROLE_AFTER_NAME = new RegExp(
  `^,\\s+((?:(?:a|an|the)\\s+)?(?:[\\p{Lu}][\\p{L}’'-]+(?:'s|’s)?\\s+){0,3}(?:(?:deputy|vice|first|acting|former)\\s+)?(?:${ROLE_ALTERNATION})(?:\\s+(?:of|for|to)\\s+[^,;.“”"«»()]{1,60}?)?)\\s*[,.]`,
  'iu',
)

/** Trims leading articles and normalises spaces in a role phrase. */
export function cleanRole(role: string): string {
  return role
    .replace(/\s+/g, ' ')
    .replace(/^(the|a|an)\s+/i, '')
    .trim()
}
