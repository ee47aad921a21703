import type { CueClass } from '../annotation.ts'
import { mainSubject } from './clause-subject.ts'
import { CUE_PATTERN, cueClass, SPEAKER_PRONOUN } from './cues.ts'

/**
 * One reported clause of a sentence: where its content starts and ends, its cue and class, and
 * who says it, as offsets into the sentence.
 */
export interface ReportedClause {
  cue: string
  cueClass: CueClass
  contentStart: number
  contentEnd: number
  /** Where the cue starts. */
  cueStart: number
  /** Where the words that end with the subject end, when `subject` is absent. */
  subjectEnd: number
  subject?: { start: number; end: number }
  /** The clause continues the one before it and shares its speaker: "…, adding that …". */
  continues: boolean
  /** The clause sits inside another's content: "dismissed Yerevan's charge that …". */
  nested?: boolean
  /** The content is the object of the cue verb, and two words can say it: "denied any blockade". */
  object?: boolean
  /** A vow ("vowed to …"): a report of its own only when no report goes before it. */
  vow?: boolean
}

/** "-ing" forms that carry on a report with the same speaker: "…, accusing France of …". */
const PARTICIPLES: Readonly<Record<string, CueClass>> = {
  saying: 'assert',
  adding: 'assert',
  noting: 'assert',
  stressing: 'assert',
  stating: 'assert',
  arguing: 'assert',
  insisting: 'assert',
  claiming: 'assert',
  explaining: 'assert',
  suggesting: 'assert',
  acknowledging: 'assert',
  describing: 'assert',
  calling: 'assert',
  telling: 'assert',
  promising: 'assert',
  vowing: 'assert',
  recalling: 'assert',
  'pointing out': 'assert',
  warning: 'warn',
  accusing: 'accuse',
  blaming: 'accuse',
  condemning: 'accuse',
  criticising: 'accuse',
  criticizing: 'accuse',
  urging: 'appeal',
  demanding: 'appeal',
  'calling for': 'appeal',
  'calling on': 'appeal',
  denying: 'deny',
  rejecting: 'reject',
  dismissing: 'reject',
}

/** Verbs whose object is what was said: "accused Baku of …", "dismissed the claims". */
const OBJECT_VERBS: Readonly<Record<string, CueClass>> = {
  accused: 'accuse',
  accuses: 'accuse',
  blamed: 'accuse',
  blames: 'accuse',
  condemned: 'accuse',
  condemns: 'accuse',
  criticised: 'accuse',
  criticized: 'accuse',
  denounced: 'accuse',
  dismissed: 'reject',
  dismisses: 'reject',
  rejected: 'reject',
  rejects: 'reject',
  denied: 'deny',
  denies: 'deny',
  deny: 'deny',
  described: 'assert',
  describes: 'assert',
  defended: 'assert',
  defends: 'assert',
  'pointed to': 'assert',
  cited: 'assert',
  proposed: 'appeal',
  proposes: 'appeal',
  demanded: 'appeal',
  demands: 'appeal',
  demand: 'appeal',
  'called for': 'appeal',
  'calls for': 'appeal',
  announced: 'assert',
  announces: 'assert',
  reported: 'assert',
  reports: 'assert',
  reiterated: 'assert',
  restated: 'assert',
  expressed: 'comment',
  expresses: 'comment',
  welcomed: 'comment',
  welcomes: 'comment',
  thanked: 'comment',
  congratulated: 'comment',
  alleged: 'accuse',
  alleging: 'accuse',
}

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|')
}

const PARTICIPLE_PATTERN = alternation(Object.keys(PARTICIPLES))
const OBJECT_PATTERN = alternation(Object.keys(OBJECT_VERBS))

/** Words between a cue and its "that": "said on Friday in Yerevan that", "told fellow leaders that". */
const CIRCUMSTANCE = String.raw`(?:(?:on|in|at|during|after|before|last|this|late|earlier|later|to|told)\s+[^,;.“”"«»]{1,50}?\s+|(?:reporters|journalists|parliament|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\s+){0,3}`
const LISTENER_CUES = String.raw`told|tells|telling|assured|assuring|informed|reminded|warned|warning|promised`
/** Words that open a noun phrase or a clause with a subject of its own. */
/** Words after "said" that open an adverbial, not the clause that was said. */
const NOT_OPENERS = [
  'in',
  'on',
  'at',
  'to',
  'from',
  'with',
  'by',
  'for',
  'of',
  'during',
  'after',
  'before',
  'that',
  'as',
  'about',
  'over',
  'late',
  'earlier',
  'later',
  'yesterday',
  'today',
  'last',
  'next',
  'also',
  'again',
  'repeatedly',
  'publicly',
  'privately',
  'nothing',
  'so',
  'then',
  'when',
  'while',
  'if',
  'whether',
  'what',
  'how',
  'why',
  'where',
  'who',
  'and',
  'but',
  'or',
  'not',
  'goodbye',
  'yes',
].join('|')
const CLAUSE_OPENER = String.raw`(?:\d[\d,.]*|the|a|an|his|her|its|their|this|these|those|it|he|she|they|we|there|no|any|such|some|all|both|neither|none|only|at\s+least|more\s+than|[\p{Lu}][\p{L}’'.-]*|(?!(?:${NOT_OPENERS})\b)[\p{Ll}][\p{L}’'-]*)`
/** A finite verb a few words on: what makes the words after "said" a clause. */
const FINITE = String.raw`(?:was|were|is|are|had|has|have|would|will|could|can|should|must|might|may|did|does|do|remained|remains|still|[\p{Ll}]+ed)`
/**
 * What makes the words after "said" a clause: a finite verb a few words on; any verb after a
 * subject pronoun ("said he expects", "say they share"), which never starts an object; a
 * contracted verb ("say it's too early"); or a name and a verb in -s before its object ("say
 * Scott deserves the seat").
 */
const CLAUSE_AHEAD = String.raw`(?=${CLAUSE_OPENER}(?![\p{L}\p{N}’'-])(?:\s+[^\s,;:“”"«»]+){0,9}?\s+${FINITE}\b|(?:he|she|they|we|I|you)\s+(?:also\s+|still\s+|now\s+)?[\p{Ll}][\p{L}’'-]*\b|(?:it|he|she|they|we|that|there|I|you)[’'](?:s|re|ll|d|ve)\b|[\p{Lu}][\p{L}’'.-]*\s+[\p{Ll}]{2,}s\s+(?:the|a|an|his|her|its|their|to|that|no|more|it|him|them)\b)`

const REPORTED = new RegExp(
  String.raw`\b(${CUE_PATTERN}|${PARTICIPLE_PATTERN}|ruled|rules)\s+${CIRCUMSTANCE}that,?\s+`,
  'gu',
)
const TOLD_THAT = new RegExp(
  String.raw`\b(${LISTENER_CUES})\s+(?:(?!(?:and|but|who|which)\s)[^\s,;.“”"«»]+\s+){1,7}?that,?\s+`,
  'gu',
)
const BARE = new RegExp(
  String.raw`\b(said|says|say|stated|states|added|adds|noted|stressed|insisted|insists|insist|argued|argues|claimed|claims|warned|warns|believes|believe|suggested|acknowledged|confirmed|reported|saying|adding|insisting|arguing|claiming|warning|suggesting|acknowledging|noting|stressing)\s+${CLAUSE_AHEAD}`,
  'gu',
)
/**
 * "She said Republican Donald Trump favors a …", "says an internal review shows …": after
 * "say", the words that open a noun phrase start what was said, whatever its verb. A weekday
 * or a date after the cue is a circumstance ("said Friday"), not the clause.
 */
const SAY_BARE = new RegExp(
  String.raw`\b(said|says|say)\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+same|it|this|that|so|nothing|something|much|little|more|yes|no|would|will|could|should|can|may|might|must|was|were|is|are|had|has|have|did|does|do|be|[\p{Ll}]+ing)\b)(?=${CLAUSE_OPENER}(?![\p{L}\p{N}’'-])(?:\s+[^\s,;:“”"«»]+){3})`,
  'gu',
)
/**
 * "He also vowed to form a task force", "has promised not to …": what was vowed, from "to".
 * After another report ("…, and promised to …") it stays in that report's content.
 */
const VOWED_TO =
  /\b(vowed|vows|vow|pledged|pledges|promised|promises)\s+(?=(?:not\s+)?to\s+[\p{Ll}]{2,}\b)/gu
/** "told parliament the bloc had failed …": a listener of up to four words, then a clause. */
const TOLD_BARE = new RegExp(
  String.raw`\b(told|tells|telling)\s+(?:the\s+)?(?:[^\s,;.“”"«»]+\s+){1,4}?(?=(?:the|a|an|his|her|its|their|it|he|she|they|we|there)\s+(?:[^\s,;:“”"«»]+\s+){0,5}?${FINITE}\b)`,
  'gu',
)
const APPEAL = new RegExp(
  String.raw`\b(urged|urges|urge|urging|called\s+on|calls\s+on|call\s+on|calling\s+on|called\s+upon|appealed\s+to|asked|asks)\s+(?=[^,;.]{1,120}?\bto\s+[“"]?\w)`,
  'gu',
)
/**
 * "told his advisers to find a way", "ordered the army to hold": an instruction, an appeal. The
 * listener holds no subject or verb ("told parliament he was ready to sign" is a report).
 */
const TOLD_TO = new RegExp(
  String.raw`\b(told|tells|telling|ordered|orders|ordering|instructed|instructs)\s+(?=(?:(?!(?:he|she|they|we|it|I|was|were|is|are|had|has|have|would|will|could)\b)[^\s,;.“”"«»]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|its|their|this|that|be)\b)[\p{Ll}]+\b)`,
  'gu',
)
/** "warned the regime to refrain from …": a warning to a listener, up to four words, to act. */
const WARNED_TO = new RegExp(
  String.raw`\b(warned|warns|warning)\s+(?=(?:(?!(?:he|she|they|we|it|I|that|was|were|is|are|had|has|have|would|will|could)\b)[^\s,;.“”"«»]+\s+){1,4}?(?:not\s+)?to\s+(?!(?:the|a|an|his|her|its|their|this|that|be)\b)[\p{Ll}]+\b)`,
  'gu',
)
const OBJECT = new RegExp(
  String.raw`\b(${OBJECT_PATTERN}|${PARTICIPLE_PATTERN})\s+(?!(?:that|to|on|in|at|by|for|with|as|from|after|before|during|last|this|next|earlier|later|yesterday|today|it\s+was)\b)(?=[\p{L}\d“"«])`,
  'gu',
)
/** "asked whether the bloc would survive": the question is what was said. */
const ASKED =
  /\b(asked|asks|wondered)\s+(?:(?:the|a|an)\s+)?(?:[^\s,;.“”"«»]+\s+){0,3}?(?=(?:whether|how|why|what|when|if)\s)/gu
/** "called it depressing that …", "calling the sale “another step”". */
/**
 * …or any object followed by what it was called: "called Pashinyan a traitor", "has called
 * climate change a hoax", "called half of them “deplorables”"; not "called a press
 * conference", "called for", "called on".
 */
const CALLED =
  /\b(called|calls)\s+(?=(?:it|them|this|that|these|those|the|his|her|its|their)\b|(?!(?:for|on|upon|off|in|up|out|back|to|a|an|and|by|as|at)\b)(?:[^\s,;.“”"]+\s+){1,5}?(?:(?:a|an)\s+\p{Ll}|[“"]))/gu
/** "Yerevan's charge that …", "her accusation that …": a report inside a noun phrase. */
const REPORT_NOUN =
  /\b(accusations?|claims?|charges?|allegations?|assertions?|argument|warning|insistence|contention)\s+that\s+/gu
const NOUN_OWNER =
  /(?:^|[\s(])((?:[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3}(?:['’]s)?)|his|her|its|their)\s+$/u

/** Each pattern made sticky, to be tried at each cue word; in order: an earlier one takes the cue first. */
const STICKY = new Map(
  [
    REPORTED,
    WARNED_TO,
    TOLD_THAT,
    APPEAL,
    TOLD_TO,
    ASKED,
    TOLD_BARE,
    BARE,
    SAY_BARE,
    VOWED_TO,
    CALLED,
    OBJECT,
  ].map((pattern) => [pattern, new RegExp(pattern.source.replace(/^\\b/, ''), 'uy')]),
)
const AT_CUE = [...STICKY.values()]
const TOLD_TO_AT_CUE = STICKY.get(TOLD_TO)
const OBJECT_AT_CUE = STICKY.get(OBJECT)
const SAY_BARE_AT_CUE = STICKY.get(SAY_BARE)
const VOWED_TO_AT_CUE = STICKY.get(VOWED_TO)
/** A closing mark or comma right before "said": the attribution of the words before it. */
const INVERTED_BEFORE = /[,”"’»]\s*$/u

/** The first word of every cue the patterns can start with. */
const CUE_FIRST_WORDS = new Set(
  [...AT_CUE.flatMap((pattern) => /^\((.*?)\)\\s/u.exec(pattern.source)?.[1]?.split('|') ?? [])]
    .map((alternative) => alternative.split('\\s+')[0]!)
    .filter((word) => /^[a-z]+$/.test(word)),
)

/** Where the words that may open a cue start: each pattern is tried only there. */
function cueWordStarts(text: string): number[] {
  const starts: number[] = []
  // A scan by character code: a regular expression over every word of every sentence cost
  // more than all the cue patterns tried at the starts it finds.
  let at = 0
  while (at < text.length) {
    if (!isLowerAscii(text.charCodeAt(at))) {
      at++
      continue
    }
    let end = at + 1
    while (end < text.length && isLowerAscii(text.charCodeAt(end))) {
      end++
    }
    if (CUE_FIRST_WORDS.has(text.slice(at, end)) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) {
      starts.push(at)
    }
    at = end
  }
  return starts
}

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122

/** A participle carries a report only after a comma, "and", "by" or "for": "…, adding that". */
const PARTICIPLE_LEAD = /(?:,|\band|\bby|\bfor|\bquoted\b.{0,70}\bas)\s*(?:also\s+)?$/u
/** "Zakharova was quoted by TASS as saying that …": the sentence's subject said it. */
const QUOTED_AS = /\bquoted\s+(?:by\s+[^,;]{1,60}?\s+)?(?:\p{Ll}+\s+)?as\s*$/u
/** "criticised Pashinyan for saying that …": the one named before "for" said it. */
const OBJECT_BEFORE_FOR =
  /(?<![\p{L}’'-])((?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'.-]*|him|her|them)\s+for\s*$/u
/** "Lee was criticised for saying …": the sentence's subject said it. */
const PASSIVE_BEFORE_FOR =
  /\b(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+)?\p{Ll}+(?:ed|en)\s+for\s*$/u
/** "The United States accused …", "member states said …": "states" is a noun there. */
const NOT_A_VERB_BEFORE_STATES =
  /(?:\b[\p{Lu}][\p{L}’'-]*|\b(?:member|other|neighbouring|neighboring|the|these|those|many|all|several|some|two|three|both))\s+$/u
/** Words that cannot be the subject that ends right before a cue. */
const NOT_A_SUBJECT_END =
  /(?:^|\s)(?:who|which|that|to|of|not|never|as|by|for|with|was|were|be|been|being|the|a|an|its|his|her|their|this|is|are)\s*$/iu
const NEGATED = /\b(?:not|never|n't)\s+(?:\w+\s+)?$/iu

/**
 * Finds the reported clauses of one sentence, in order. A sentence may report several: "X said
 * that A, adding that B", "X accused Y of A and said B", "X dismissed Yerevan's charge that A".
 * Each clause's content ends where the next one that continues it begins; a report nested
 * inside another's content ("said that Y told Z that …") keeps the outer content whole.
 * `inQuote` says whether an offset lies inside quotation marks: cues there are quoted speech.
 */
export function findReportedClauses(
  text: string,
  inQuote: (offset: number) => boolean,
): ReportedClause[] {
  const hits: ReportedClause[] = []
  const taken = (at: number) => hits.some((h) => at >= h.cueStart && at < h.contentStart)
  const add = (found: ReportedClause) => {
    // The few words before the cue are enough for these checks, and keep them linear.
    const head = text.slice(Math.max(0, found.cueStart - 60), found.cueStart)
    const hit = !PARTICIPLES[found.cue]
      ? found
      : /\bfor\s*$/u.test(head)
        ? forParticiple(text, found, head)
        : QUOTED_AS.test(head)
          ? bySentenceSubject(text, found)
          : found
    if (
      hit &&
      !inQuote(hit.cueStart) &&
      !taken(hit.cueStart) &&
      !NEGATED.test(head) &&
      !(PARTICIPLES[hit.cue] && !PARTICIPLE_LEAD.test(head)) &&
      !isNounStates(hit.cue, head)
    ) {
      hits.push(hit)
    }
  }
  const starts = cueWordStarts(text)
  for (const pattern of AT_CUE) {
    const object = pattern === OBJECT_AT_CUE
    const sayBare = pattern === SAY_BARE_AT_CUE
    for (const start of starts) {
      pattern.lastIndex = start
      const match = pattern.exec(text)
      // `“…,” said the opposition politician Lee`: the cue before its speaker, not a clause.
      if (!match || (sayBare && INVERTED_BEFORE.test(text.slice(Math.max(0, start - 4), start)))) {
        continue
      }
      const cue = match[1]!.toLowerCase().replace(/\s+/g, ' ')
      add({
        cue,
        cueClass: pattern === TOLD_TO_AT_CUE ? 'appeal' : classOf(cue),
        cueStart: start,
        subjectEnd: start,
        contentStart: start + match[0].length,
        contentEnd: text.length,
        continues: false,
        ...(object ? { object } : {}),
        ...(pattern === VOWED_TO_AT_CUE ? { vow: true } : {}),
      })
    }
  }
  for (const match of text.matchAll(REPORT_NOUN)) {
    // The owner of the report ends right before the noun: "Yerevan's charge that".
    const before = text.slice(Math.max(0, match.index - 80), match.index)
    const owner = NOUN_OWNER.exec(before)?.[1]
    if (!owner) {
      continue
    }
    const ownerStart = match.index - before.length + before.lastIndexOf(owner)
    const cue = match[1]!
    add({
      cue,
      cueClass: /^(?:accusation|charge|allegation)/.test(cue) ? 'accuse' : 'assert',
      cueStart: match.index,
      subjectEnd: match.index,
      contentStart: match.index + match[0].length,
      contentEnd: text.length,
      subject: { start: ownerStart, end: ownerStart + owner.replace(/['’]s$/u, '').length },
      continues: false,
    })
  }
  hits.sort((a, b) => a.cueStart - b.cueStart)
  return chain(text, hits)
}

/**
 * Decides which clause continues which and where each content ends. A participle after a
 * comma, or a cue right after "and", carries on with the speaker before it; a cue with a
 * subject of its own after ", and" or ";" starts a new report. Either ends the content before.
 */
function chain(text: string, hits: ReportedClause[]): ReportedClause[] {
  const out: ReportedClause[] = []
  for (const hit of hits) {
    const previous = out[out.length - 1]
    if (!previous) {
      const head = text.slice(Math.max(0, hit.cueStart - 60), hit.cueStart)
      const antecedent = hit.subject ? null : relativeAntecedent(text, hit.cueStart)
      if (antecedent) {
        // "Lee, who says she will stay, joined the crowd": the main clause takes over.
        const resumed = /^\s*,/u.test(text.slice(antecedent.end))
          ? MAIN_CLAUSE_RESUMES.exec(text.slice(hit.contentStart))
          : null
        const contentEnd = resumed ? hit.contentStart + resumed.index : hit.contentEnd
        out.push({ ...hit, subject: antecedent, contentEnd })
        continue
      }
      // "Lee answered the mother by saying …": the participle's speaker is the sentence's.
      const byParticiple = PARTICIPLES[hit.cue] !== undefined && /\bby\s+$/u.test(head)
      if (!hit.subject && !byParticiple && (NOT_A_SUBJECT_END.test(head) || head.trim() === '')) {
        // "… the policy that was denied …": no speaker before the cue.
        continue
      }
      out.push(PARTICIPLES[hit.cue] ? leadingParticiple(text, hit) : coordinated(text, hit, head))
      continue
    }
    // Only the last words before the cue can hold its lead and subject.
    const from = Math.max(previous.contentStart, hit.cueStart - 120)
    if (hit.vow) {
      continue
    }
    const lead = hit.subject ? null : continuationLead(text.slice(from, hit.cueStart))
    const joined = lead?.subject && text.slice(from + lead.subject.start, from + lead.subject.end)
    if (joined && joinsNouns(text.slice(previous.contentStart, from + lead.at), joined)) {
      // "Lee said the shootings and protests demand that …": the cue is the verb of what Lee
      // said, whose subject the "and" extends; Lee says the nested clause too.
      out.push({ ...hit, continues: true, nested: true })
      continue
    }
    if (lead) {
      const end = from + lead.at
      for (const open of out) {
        open.contentEnd = open.contentEnd > end ? Math.max(open.contentStart, end) : open.contentEnd
      }
      const subject = lead.subject && {
        start: from + lead.subject.start,
        end: from + lead.subject.end,
      }
      out.push(subject ? { ...hit, subject } : { ...hit, continues: true })
    } else if (hit.subject) {
      // A report inside the content of another ("dismissed Yerevan's charge that …"): both
      // are kept, the outer one whole.
      out.push({ ...hit, nested: true })
    }
  }
  for (const clause of out) {
    // "…, Peskov said: «…»": an attribution of the next direct quote ends the content.
    const content = text.slice(clause.contentStart, clause.contentEnd)
    const next = /[:“"«„]/u.test(content) ? NEXT_ATTRIBUTION.exec(content) : null
    // "called for lower taxes, but Kim would keep them": the object ends where a clause of
    // the reporter's own begins.
    const contrast = clause.object ? CONTRASTING_CLAUSE.exec(content) : null
    const end = next ?? contrast
    if (end) {
      clause.contentEnd = clause.contentStart + end.index
    }
  }
  return out.filter((clause) => clause.contentEnd > clause.contentStart)
}

const FINITE_WORD = new RegExp(String.raw`\b${FINITE}\b`, 'u')
/** A plural or mass noun in lower case, with no determiner: "protests", "rising prices". */
const BARE_COMMON_NOUN = /^(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u

/**
 * Whether "and" joins a common noun to the subject of a reported clause still without its
 * verb: the content before the "and" holds no finite verb.
 */
function joinsNouns(contentBefore: string, subject: string): boolean {
  return (
    BARE_COMMON_NOUN.test(subject) &&
    !SPEAKER_PRONOUN.test(subject) &&
    contentBefore.trim() !== '' &&
    !FINITE_WORD.test(contentBefore)
  )
}

const CONTRASTING_CLAUSE = /,\s+(?:but|while|whereas|although)\s/u
const NEXT_ATTRIBUTION = new RegExp(
  String.raw`,\s+(?:he|she|they|we|the\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})\s+(?:also\s+)?(?:${CUE_PATTERN})\s*[:“"«„]`,
  'u',
)

/**
 * Where, in the words between two cues, the first clause ends, and the second clause's own
 * subject when it has one; null when the second cue is nested in the first clause's content.
 */
function continuationLead(
  between: string,
): { at: number; subject?: { start: number; end: number } } | null {
  const participle = /,\s*(?:and\s+)?(?:also\s+)?$/u.exec(between)
  if (participle) {
    return { at: participle.index }
  }
  const coordinated = /(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/u.exec(between)
  if (coordinated) {
    return { at: coordinated.index }
  }
  const andSubject =
    /\s+and\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)\s+(?:also\s+|then\s+|later\s+)?$/u.exec(between)
  if (andSubject && !/^(?:also|then|later)$/u.test(andSubject[1]!)) {
    const start = andSubject.index + andSubject[0].indexOf(andSubject[1]!, 4)
    return { at: andSubject.index, subject: { start, end: start + andSubject[1]!.length } }
  }
  const newClause =
    /(?:;\s*|,\s*and\s+|,\s*but\s+|,\s*)(?:[^,;]{0,40}?\s)?(he|she|they|we|(?:the|its|his|her|their)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})\s+(?:also\s+|then\s+|later\s+)?$/u.exec(
      between,
    )
  if (!newClause) {
    return null
  }
  const start = newClause.index + newClause[0].lastIndexOf(newClause[1]!)
  return { at: newClause.index, subject: { start, end: start + newClause[1]!.length } }
}

/**
 * "an architect who said …", "Salome Zourabichvili, who in a post on Thursday had called …":
 * the subject of a relative clause is the name or noun phrase it hangs on ("a lawsuit in which
 * Democrats argued" has a subject of its own).
 */
const RELATIVE =
  /(?:^|[\s(])((?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}[\p{Lu}][\p{L}’'-]*|(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?<!\s(?:in|of|for|with|by|to|at|on|from|under|through|about|after|before|during))(?<!^(?:in|of|for|with|by|to|at|on|from|under|through|about|after|before|during)),?\s+(?:who|which)\s+(?:([^,;“”"«»]{0,60}?)\s)?$/u
/** A name or pronoun right after "which": "the mine, which Mr. Lee says he will keep open". */
const RELATIVE_OWN_SUBJECT =
  /^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$)(?:(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}[\p{Lu}][\p{L}’'-]*|he|she|they|we)$/u

function relativeAntecedent(text: string, cueStart: number): { start: number; end: number } | null {
  const from = Math.max(0, cueStart - 140)
  const match = RELATIVE.exec(text.slice(from, cueStart))
  if (!match) {
    return null
  }
  const own = match[2]
  if (own && RELATIVE_OWN_SUBJECT.test(own)) {
    // The relative pronoun is the object of the cue; its subject follows it.
    const ownStart = from + match.index + match[0].lastIndexOf(own)
    return { start: ownStart, end: ownStart + own.length }
  }
  const start = from + match.index + match[0].indexOf(match[1]!)
  // "the mayor and secretary of the ruling party, who told …": the phrase a preposition ends
  // is part of an apposition; the person it describes lies further back ("a statement by the
  // ministry, which said" is the ministry's).
  return /\bwho\b/u.test(match[0]) &&
    AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 20), start))
    ? null
    : { start, end: start + match[1]!.length }
}

const AFTER_PREPOSITION = /\b(?:of|for|at|in|from|with|by|to|on|under)\s+(?:the\s+)?$/u
/** The main verb after a relative clause set off by commas: ", joined the crowd …". */
const MAIN_CLAUSE_RESUMES =
  /,\s+(?:also\s+|later\s+|then\s+)?(?:[\p{Ll}]{2,}ed|is|was|were|are|has|had|have|will|would|can|could|went|met|made|took|gave|left|came|became|told|said|says|spoke|arrived|joined|remains|remained)\b/u

/**
 * "Aliyev criticised Pashinyan for saying that …": the participle's speaker is the one named
 * before "for" ("him" included), or in the passive ("Lee was criticised for saying") the
 * sentence's subject; null when neither is there.
 */
function forParticiple(text: string, hit: ReportedClause, head: string): ReportedClause | null {
  if (PASSIVE_BEFORE_FOR.test(head)) {
    return bySentenceSubject(text, hit)
  }
  const object = OBJECT_BEFORE_FOR.exec(head)
  if (!object) {
    return null
  }
  const start = hit.cueStart - head.length + object.index
  return { ...hit, subject: { start, end: start + object[1]!.length } }
}

/**
 * The clause given to its sentence's subject ("Zakharova was quoted by TASS as saying …",
 * "Lee was criticised for saying …"); null when the sentence has none.
 */
function bySentenceSubject(text: string, hit: ReportedClause): ReportedClause | null {
  const subject = mainSubject(text, hit.cueStart)
  return subject ? { ...hit, subject } : null
}

/**
 * "Georgian Dream answered on Friday, saying that …": a participle with no report before it
 * takes the sentence's own cue and subject.
 */
function leadingParticiple(text: string, hit: ReportedClause): ReportedClause {
  const comma = text.lastIndexOf(',', hit.cueStart)
  const byParticiple = /\bby\s+$/u.test(text.slice(0, hit.cueStart))
  if (comma < 0 || byParticiple) {
    // "Lee, a doctor, began by saying …": the subject's, past any comma of an apposition.
    const subject = byParticiple ? mainSubject(text, hit.cueStart) : null
    return subject ? { ...hit, subject } : hit
  }
  const head = [...text.slice(0, comma).matchAll(HEAD_CUE)].find(
    (cue) => !isNounStates(cue[1]!, text.slice(0, cue.index)),
  )
  if (!head) {
    // "Lee met the envoy on Friday, saying …": the speaker is the sentence's subject.
    const subject = mainSubject(text, comma)
    return subject ? { ...hit, subject } : { ...hit, subjectEnd: comma }
  }
  const cue = head[1]!.toLowerCase().replace(/\s+/g, ' ')
  // "X responded to Y, saying …" is an answer, whatever the participle.
  return classOf(cue) === 'respond'
    ? { ...hit, cue, cueClass: 'respond', subjectEnd: head.index }
    : { ...hit, subjectEnd: head.index }
}

/**
 * "Lee praised the deal and said …", "The office repeated its offer, said …": a first cue right
 * after "and" or a comma shares the subject of the verb before it, the sentence's subject, not
 * the words before "and" (none when no verb follows a subject: "The deal, said Lee, …").
 */
function coordinated(text: string, hit: ReportedClause, head: string): ReportedClause {
  const and = /(?:,\s*|\s+)and\s+(?:also\s+|then\s+|later\s+)?$|,\s+$/u.exec(head)
  const subject = and ? mainSubject(text, hit.cueStart - head.length + and.index) : null
  return subject ? { ...hit, subject } : hit
}

const HEAD_CUE = new RegExp(String.raw`\b(${CUE_PATTERN})\b`, 'giu')

function isNounStates(cue: string, head: string): boolean {
  return /^states?$/i.test(cue) && NOT_A_VERB_BEFORE_STATES.test(head)
}

function classOf(cue: string): CueClass {
  return PARTICIPLES[cue] ?? OBJECT_VERBS[cue] ?? cueClass(cue)
}
