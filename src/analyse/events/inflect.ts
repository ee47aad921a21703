/**
 * A small English verb inflector, so that event patterns list lemmas ("sell") and match every
 * form ("sells", "sold", "selling"). Irregular verbs are listed; the rest follow the spelling
 * rules for -s, -ed and -ing (consonant doubling for short stressed stems, -y → -ies/-ied,
 * silent -e dropped before -ing and -ed).
 */
import { IRREGULAR } from './irregular-verbs.ts'

const VOWEL = /[aeiou]/

/** Stems that double their last consonant before -ed/-ing (stressed final syllable). */
const DOUBLING = new Set([
  'ban',
  'bar',
  'plan',
  'stop',
  'drop',
  'ship',
  'step',
  'grab',
  'rob',
  'jam',
  'slam',
  'tap',
  'trap',
  'veto',
  'commit',
  'admit',
  'submit',
  'permit',
  'omit',
  'regret',
  'rebut',
  'abet',
  'occur',
  'refer',
  'prefer',
  'confer',
  'deter',
  'transfer',
  'expel',
  'compel',
  'repel',
  'propel',
  'dispel',
  'rebel',
  'control',
  'patrol',
  'equip',
  'kidnap',
  'pin',
  'nab',
  'mob',
  'clap',
  'flag',
  'gun',
  'bomb',
])

/**
 * Every form of a verb lemma: the lemma, third person singular, past, past participle and
 * gerund. Unknown irregulars come out regular, which is the safe failure: no match.
 *
 * @example
 * inflect('sell') // ['sell', 'sells', 'sold', 'selling']
 */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma]
  if (irregular) {
    return [lemma, ...irregular]
  }
  const forms = new Set<string>([lemma])
  forms.add(thirdPerson(lemma))
  const stem = doubledStem(lemma)
  if (lemma.endsWith('e')) {
    forms.add(`${lemma}d`)
    forms.add(lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`)
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`)
    forms.add(`${lemma}ing`)
  } else {
    forms.add(`${stem}ed`)
    forms.add(`${stem}ing`)
    if (/[^aeiou][aeiou]l$/.test(lemma) && stem === lemma) {
      // British spelling doubles a final -l: "cancelled", "labelled".
      forms.add(`${lemma}led`)
      forms.add(`${lemma}ling`)
    }
  }
  return [...forms]
}

function thirdPerson(lemma: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) {
    return `${lemma}es`
  }
  if (/[^aeiou]y$/.test(lemma)) {
    return `${lemma.slice(0, -1)}ies`
  }
  if (/[^aeiou]o$/.test(lemma)) {
    return `${lemma}es`
  }
  return `${lemma}s`
}

function doubledStem(lemma: string): string {
  if (lemma === 'bomb') {
    return lemma
  }
  if (DOUBLING.has(lemma)) {
    return lemma.endsWith('o') ? lemma : `${lemma}${lemma.at(-1) ?? ''}`
  }
  // Short consonant–vowel–consonant stems double: "stop" → "stopped"; "visit" does not.
  if (lemma.length <= 4 && /^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) && VOWEL.test(lemma)) {
    return `${lemma}${lemma.at(-1) ?? ''}`
  }
  return lemma
}
