import type { CueClass } from '../annotation.ts'

/** Reporting verbs and phrases, by class. The keys are matched as whole words. */
const CUES: Readonly<Record<CueClass, readonly string[]>> = {
  assert: [
    'said',
    'says',
    'say',
    'stated',
    'states',
    'noted',
    'notes',
    'stressed',
    'stresses',
    'emphasized',
    'emphasised',
    'emphasizes',
    'emphasises',
    'added',
    'adds',
    'claimed',
    'claims',
    'insisted',
    'insists',
    'argued',
    'argues',
    'declared',
    'declares',
    'announced',
    'announces',
    'told',
    'tells',
    'wrote',
    'writes',
    'explained',
    'explains',
    'pointed out',
    'underlined',
    'underscored',
    'recalled',
    'believes',
    'continued',
    'concluded',
    'assured',
    'confirmed',
    'reiterated',
    'maintained',
    'asserted',
    'suggested',
    'vowed',
    'promised',
    'pledged',
    'tweeted',
    'reported',
    'reports',
  ],
  appeal: [
    'urged',
    'urges',
    'called on',
    'calls on',
    'called upon',
    'appealed',
    'appeals',
    'asked',
    'asks',
    'demanded',
    'demands',
    'pleaded',
  ],
  warn: ['warned', 'warns', 'threatened', 'threatens', 'cautioned'],
  accuse: [
    'accused',
    'accuses',
    'blamed',
    'blames',
    'condemned',
    'condemns',
    'criticised',
    'criticized',
    'denounced',
  ],
  deny: ['denied', 'denies'],
  reject: ['rejected', 'rejects', 'dismissed', 'dismisses', 'refuted', 'refutes'],
  comment: ['commented', 'comments', 'remarked', 'remarks', 'observed', 'wrote on', 'posted'],
  respond: [
    'responded',
    'responds',
    'replied',
    'replies',
    'answered',
    'answers',
    'retorted',
    'hit back',
    'countered',
    'reacted',
  ],
}

const CLASS_OF = new Map<string, CueClass>()
for (const [cueClass, words] of Object.entries(CUES) as [CueClass, readonly string[]][]) {
  for (const word of words) {
    CLASS_OF.set(word, cueClass)
  }
}

/** Every cue as a regex alternation, longest first. */
export const CUE_PATTERN = [...CLASS_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((cue) => cue.replace(/ /g, '\\s+'))
  .join('|')

/** A determiner before a cue word makes it a noun: "the states", "his remarks", "a warning". */
export const NOT_AFTER_DETERMINER = String.raw`(?<!\b(?:the|a|an|his|her|its|their|our|my|your|these|those)\s+)`

/** The class of a cue as written ("Called  on" → appeal); assert when unknown. */
export function cueClass(cue: string): CueClass {
  return CLASS_OF.get(cue.toLowerCase().replace(/\s+/g, ' ')) ?? 'assert'
}

/** Pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUN = /^(he|she|they|it|we|him|her|them)$/i
