/**
 * Reading Russian names against a knowledge base written in Latin script: a Cyrillic word is
 * taken back to its nominative (Лаврову → Лавров) and transliterated (Лавров → Lavrov), and the
 * knowledge base is asked for the result. Names that Russian spells by sound rather than
 * letter (Трамп for Trump) and the usual names of bodies are listed.
 */

const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
}

/** Russian forms whose Latin name is not their transliteration. */
const KNOWN_FORMS: Readonly<Record<string, string>> = {
  Трамп: 'Trump',
  Кремль: 'Kremlin',
  Байден: 'Biden',
  Макрон: 'Macron',
  Эрдоган: 'Erdogan',
  Зеленский: 'Zelensky',
}

/** Countries as Russian names bodies after them, in the genitive: "МИД России". */
const COUNTRY_GENITIVE: Readonly<Record<string, string>> = {
  России: 'Russia',
  РФ: 'Russia',
  Армении: 'Armenia',
  Азербайджана: 'Azerbaijan',
  Грузии: 'Georgia',
  США: 'United States',
  Турции: 'Turkey',
  Франции: 'France',
  Ирана: 'Iran',
  Казахстана: 'Kazakhstan',
  Киргизии: 'Kyrgyzstan',
  Белоруссии: 'Belarus',
  Украины: 'Ukraine',
}

/** Russian nouns for a ministry, with the English form the knowledge base generates. */
const MINISTRIES: readonly [RegExp, string][] = [
  [/^(?:МИД|Министерств[оауе]м?\s+иностранных\s+дел)$/u, 'Ministry of Foreign Affairs of'],
  [/^(?:Минобороны|Министерств[оауе]м?\s+обороны)$/u, 'Ministry of Defence of'],
]

/** The English name of a Russian ministry phrase ("МИД России"), or null. */
export function ministryName(noun: string, country: string): string | null {
  const english = COUNTRY_GENITIVE[country]
  const pattern = MINISTRIES.find(([form]) => form.test(noun))
  return english && pattern ? `${pattern[1]} ${english}` : null
}

/**
 * The nominatives an inflected name may come from, the word itself first: Пашиняну →
 * Пашинян, Сергея → Сергей, Захаровой → Захарова, Лейлу → Лейла, Кремле → Кремль.
 */
export function nominatives(word: string): string[] {
  const forms = [word]
  const add = (ending: string, replacement: string): void => {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      forms.push(word.slice(0, word.length - ending.length) + replacement)
    }
  }
  for (const ending of ['ом', 'ым', 'ем', 'а', 'у', 'е']) {
    add(ending, '')
  }
  for (const ending of ['я', 'ю', 'ем', 'е']) {
    add(ending, 'й')
  }
  for (const ending of ['я', 'ю', 'ем', 'е']) {
    add(ending, 'ь')
  }
  for (const ending of ['ии', 'ию', 'ией']) {
    add(ending, 'ия')
  }
  for (const ending of ['ой', 'ую', 'ы', 'у', 'е']) {
    add(ending, 'а')
  }
  for (const ending of ['ого', 'ому', 'им']) {
    add(ending, 'ий')
  }
  return [...new Set(forms)]
}

/**
 * The Latin spellings a nominative Cyrillic name may have in the knowledge base: the letter
 * transliteration (Пашинян → Pashinyan), -ий as -y or -i (Дмитрий → Dmitry, Юрий → Yuri), е after a vowel as ye
 * (Токаев → Tokayev). A known form is its listed name only.
 */
export function latinForms(name: string): string[] {
  const known = KNOWN_FORMS[name]
  if (known) {
    return [known]
  }
  const plain = transliterate(name)
  const forms = [
    plain,
    plain.replace(/iy$/u, 'y'),
    plain.replace(/iy$/u, 'i'),
    plain.replace(/([aeiouy])e/gu, '$1ye'),
    // х for h in names from Arabic, Persian or Turkic: Ильхам → Ilham.
    plain.replace(/kh/gu, 'h'),
  ]
  return [...new Set(forms)]
}

function transliterate(word: string): string {
  let out = ''
  for (const char of word) {
    const lower = char.toLowerCase()
    const latin = LETTERS[lower] ?? char
    out += char !== lower ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin
  }
  return out
}
