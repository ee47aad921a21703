/** Words naming something said, which an answer can answer. */
const SAID_NOUN = String.raw`(?:statements?|remarks?|comments?|words|claims?|accusations?|allegations?|charges?|criticism|speech|position|proposals?|calls?|appeals?|threats?|decision|interview|warnings?|arguments?|assertions?|reaction|demands?|ultimatum|announcement|letter|post|message)`
/** A name written with capitals: "Armenian Prime Minister Nikol Pashinyan". */
const NAME = String.raw`(?![\p{L}]+ing\s)(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}[\p{Lu}][\p{L}-]*`
const POSSESSIVE = String.raw`(?:['’]s|(?<=s)['’])`
/** A name after "by" or "of": "the Ministry of Foreign Affairs of Armenia", "the Prime Minister's Office of Armenia". */
const NAMED = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.-]*(?:['’]s)?(?:\s+(?:(?:of|for|the)\s+){0,2}[\p{Lu}][\p{L}.-]*(?:['’]s)?){0,6}`
/** Lower-case words before a name: "her Azerbaijani counterpart Aykhan Hajizada", "its Armenian counterpart". */
const ROLE = String.raw`(?:(?:his|her|its|their|the)\s+)(?:[\p{Lu}][\p{L}-]*\s+)?(?:counterpart|colleague|spokes(?:man|woman|person)|minister|ministry|president|prime\s+minister|government|leader)s?`
const DETERMINER = String.raw`(?:(?:the|a|an|this|that|these|those|recent|latest|earlier|(?:last|this)\s+(?:week|month|year)['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|yesterday['’]s)\s+)*`
const ADJECTIVES = String.raw`(?:[\p{Ll}][\p{Ll}-]+\s+){0,2}`

/**
 * What an answer answers: "X's remarks", "Armenian accusations", "her statement", "the
 * statement of X", "the accusations made by X", "the interview in which X told …".
 */
const OBJECT = String.raw`${DETERMINER}(?:(?<pronoun>his|her|its|their)\s+|(?<owner>${NAME}${POSSESSIVE}?)\s+)?${ADJECTIVES}${SAID_NOUN}\b(?:,?\s+(?:(?:made|issued|voiced)\s+)?(?:by|of|from)\s+(?<by>${NAMED})|\s+in\s+which\s+(?:[\p{Ll}]+\s+){0,2}(?<who>${NAMED}))?`

const cap = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`
const words = (list: string[]): string => list.map(cap).join('|')

/** Verbs that take the answered party after "to": "replied to X", "in response to X's …". */
const TO_MARKER = String.raw`(?:(?:${words(['responded', 'responding', 'responds', 'replied', 'replying', 'replies', 'reacted', 'reacting', 'reacts'])})\s+to|${cap('in')}\s+(?:(?:a|his|her|its|their)\s+)?(?:[\p{Ll}]+\s+)?(?:response|reply|reaction|answer)\s+to)`
/** Verbs and phrases whose object is what they answer: "dismissed X's claims", "commenting on …". */
const OBJECT_MARKER = String.raw`(?:(?:${words(['commenting', 'commented', 'comment'])})\s+on|(?:${words(['asked', 'questioned'])})\s+about|${words(['answering', 'answered', 'rejected', 'rejecting', 'rejects', 'reject', 'dismissed', 'dismissing', 'dismisses', 'refuted', 'refuting', 'refutes', 'denied', 'denying', 'countered'])}|${cap('hit')}\s+back\s+at)`

const EXPLICIT = [
  new RegExp(String.raw`\b(?:${TO_MARKER}|${OBJECT_MARKER})\s+${OBJECT}`, 'gu'),
  // "replied to Pashinyan", "replying to her counterpart X": the party itself after "to".
  new RegExp(
    String.raw`\b${TO_MARKER}\s+(?<party>(?:${ROLE}\s+)?${NAME}|${ROLE})(?=[\s,.;:]|$)`,
    'gu',
  ),
]
/** A statement named by its owner without an answer verb: "Baku's reaction", "the statement by X". */
const REFERENCE = new RegExp(
  String.raw`(?:(?<pronoun>\b(?:his|her|its|their))\s+|(?<owner>${NAME}${POSSESSIVE})\s+)${ADJECTIVES}${SAID_NOUN}\b|\b${SAID_NOUN}\s+(?:(?:made|issued)\s+)?by\s+(?<by>${NAMED})`,
  'gu',
)
/** REFERENCE's noun, tried first: the full pattern tries a name at every capital letter. */
const SAID_NOUN_HINT = new RegExp(String.raw`\b${SAID_NOUN}\b`, 'u')
/** Words that say a statement answers someone, whom they may not name. */
const ANSWER_WORD =
  /\b(?:answer(?:ed|ing)|repl(?:ied|ying)|respond(?:ed|ing)|react(?:ed|ing)|retorted|hit back|countered|in (?:a )?(?:response|reply)|gave (?:his|her|its|their) (?:reply|answer|response)|['’]s (?:\p{Ll}+ )?(?:reaction|response|reply|answer)|(?:reject|dismiss|refut)(?:ed|ing|es|s)?\b|den(?:ied|ies|ying|y)\b)/iu

/** Of ANSWER_WORD's words, those of an answer proper: "responded", "hit back", not "rejected". */
const ANSWER_PROPER = /^(?:respond|answer|repl|react|retort|hit back|countered)/iu

/** An answer verb in the past tense, the sentence's own cue: "replied to X's remarks". */
const ANSWER_VERB = /^(?:responded|replied|reacted|answered|commented)\b/u

/**
 * A cheap test run first: the patterns are slow, and most text answers no one. It matches
 * wherever any of them, ANSWER_WORD included, can.
 */
const ANSWER_HINT =
  /respon|repl|react|answer|retort|comment|asked|question|reject|dismiss|refut|deni|deny|counter|hit back/iu

/** The answered party as the text writes it, by offsets into the searched text. */
export interface AnsweredParty {
  start: number
  end: number
  /** A possessive pronoun ("her remarks") stands for the party: the caller resolves it. */
  pronoun: boolean
  /** Where the words that mark the answer start. */
  markerAt: number
}

function partyOf(match: RegExpExecArray): AnsweredParty | null {
  const groups = match.groups ?? {}
  for (const name of ['owner', 'by', 'who', 'party', 'pronoun'] as const) {
    const text = groups[name]
    if (text) {
      const start = match.index + match[0].indexOf(text)
      const cut = text.replace(/['’]s?$/u, '')
      return { start, end: start + cut.length, pronoun: name === 'pronoun', markerAt: match.index }
    }
  }
  return null
}

function allParties(pattern: RegExp, text: string): AnsweredParty[] {
  pattern.lastIndex = 0
  return [...text.matchAll(pattern)].flatMap((m) => partyOf(m) ?? [])
}

/**
 * The parties a text says are answered, in reading order: "responded to Pashinyan's
 * statement", "Responding to X's decision", "dismissed Armenian accusations", "rejected the
 * statement of the Ministry …", "replying to her counterpart X", "asked about her remarks".
 */
export function findAnsweredParties(text: string): AnsweredParty[] {
  if (!ANSWER_HINT.test(text)) {
    return []
  }
  const found = EXPLICIT.flatMap((pattern) => allParties(pattern, text))
  // "replied to Nikol Pashinyan's remarks" also reads as "replied to Nikol": keep the longest.
  return found
    .filter(
      (p) =>
        !found.some(
          (q) =>
            q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start,
        ),
    )
    .sort((a, b) => a.start - b.start)
}

/** Statements named by their owner, answered or not: "Baku's reaction", "her remarks". */
export function findStatementReferences(text: string): AnsweredParty[] {
  return SAID_NOUN_HINT.test(text) ? allParties(REFERENCE, text) : []
}

/** Whether the text may say anything is answered: when it does not, none of the finders here find anything in it. */
export function mayAnswer(text: string): boolean {
  return ANSWER_HINT.test(text)
}

/** Where the text says an answer was given, named or not ("Kobakhidze replied that …"); null when it does not. */
export function findAnswerMark(text: string): number | null {
  return ANSWER_WORD.exec(text)?.index ?? null
}

/** An answer proper at an answer mark ("responded", "hit back"), not a rejection or denial. */
export function isAnswerProper(textAtMark: string): boolean {
  return ANSWER_PROPER.test(textAtMark)
}

/**
 * The name of the speaker a sentence says it answers: "responded to Pashinyan’s statement",
 * "in response to the Armenian Foreign Ministry's remarks", "dismissed Borrell's criticism".
 * Returns null when the sentence marks no response or names no one.
 */
export function readRespondsTo(sentence: string): string | null {
  // A rejection is its own cue class, and "Responding to X, Y said" is Y's assertion: only a
  // finite answer verb makes the sentence's quote a response.
  const party = findAnsweredParties(sentence).find(
    (p) => !p.pronoun && ANSWER_VERB.test(sentence.slice(p.markerAt)),
  )
  return party ? sentence.slice(party.start, party.end).trim() : null
}
