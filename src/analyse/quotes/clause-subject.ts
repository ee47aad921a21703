/**
 * The subject of a sentence's main clause, for a report whose verb has none of its own: "The
 * minister met the envoy on Friday, saying …", "Lee praised the deal and said …". The words
 * before the comma or "and" are the verb's object, not its speaker.
 */

/** Finite verbs a main clause goes on with after its subject. */
const VERB =
  /^(?:is|was|were|are|has|had|have|will|would|could|can|should|must|might|may|did|does|do|went|met|made|took|gave|sent|held|spoke|told|said|saw|led|left|won|lost|began|brought|kept|paid|put|set|wrote|came|got|ran|sought|struck|became|stood|hit|cut|chose|drew|fell|fought|found|flew|knew|heard|rose|sat|sold|spent|threw|tore|withdrew|\p{Ll}{2,}ed)$/u
/** Words before "-ed" that make it an adjective: "the embattled mayor". */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that)$/iu
/** Words that open an adverbial or subordinate clause before the main one: "On Friday, …". */
const OPENER =
  /^(?:on|in|at|during|after|before|when|while|as|if|although|though|because|since|speaking|asked|earlier|later|meanwhile|however|last|this|separately|also|but|and|still|yet|then|now|with|without|despite|following|under|amid|for|by|from|within|over|until|once|unlike|like)\b/iu
/** Where a clause with a subject of its own starts within a sentence. */
const CLAUSE_BREAK = /(?:[,;]\s+|\s+[–—-]+\s+)(?:while|whereas|but|although|though)\s+|;\s+/gu
/** An opener's own words, lower-case or a date: "In September", "On Wednesday morning". */
const OPENING_WORDS =
  /^\S+(?:\s+(?:[^\s\p{Lu}]+|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|\p{Lu}\p{Ll}+day))*\s+(?=\p{Lu})/u
/** Adverbials a subject may end on before its verb: "Lee on Friday", "Lee, however,". */
const TRAILING =
  /(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|also|then|later|earlier|again|now|once|first|still|\p{Ll}+ly))+$/u
/** A person's or body's name: capitalised words, maybe with "of": "Ministry of Defence". */
const NAME = /^(?:[\p{Lu}][\p{L}’'.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[\p{Lu}][\p{L}’'.-]*$/u

/**
 * Where the main clause's subject is in `text`, the words before `end`: in the last clause
 * ("…, while Lee walked out"), past the adverbials
 * that open the sentence ("In a statement, Lee praised …"), up to its first finite verb, without
 * an apposition ("Lee, a lawyer, …" → Lee; "the agency's head, Ann Lee, …" → Ann Lee) and of
 * two coordinated subjects the first ("Lee and his deputy Kim" → Lee). Null when no verb
 * follows a subject.
 */
export function mainSubject(text: string, end: number): { start: number; end: number } | null {
  // "Lee stayed, while his rival walked out and said …": the verb's clause is the last one.
  let from = 0
  for (const clause of text.slice(0, end).matchAll(CLAUSE_BREAK)) {
    from = clause.index + clause[0].length
  }
  from += /^\s*/u.exec(text.slice(from))?.[0].length ?? 0
  for (;;) {
    const comma = text.indexOf(',', from)
    if (OPENER.test(text.slice(from, from + 20)) && comma >= 0 && comma < end) {
      // "In a statement, Lee praised …": the subject comes after the opening adverbial.
      from = comma + 1 + (/^\s*/u.exec(text.slice(comma + 1))?.[0].length ?? 0)
      continue
    }
    // "In September Lee went further": no comma, the subject starts at the first capital.
    const capital = OPENING_WORDS.exec(text.slice(from, end))
    const opener = OPENER.test(text.slice(from, from + 20)) ? (capital?.[0].length ?? 0) : 0
    return subjectFrom(text, from + opener, end)
  }
}

function subjectFrom(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let depth = 0
  let previous = ''
  for (const word of text.slice(start, end).matchAll(/[()]|[^\s()]+/gu)) {
    const token = word[0]
    depth += token === '(' ? 1 : token === ')' ? -1 : 0
    const bare = token.replace(/[,;:]+$/u, '')
    if (depth === 0 && word.index > 0 && VERB.test(bare) && !DETERMINER.test(previous)) {
      return trimmed(text, start, start + word.index)
    }
    previous = bare
  }
  return null
}

/** The subject without its trailing adverbials, apposition and second conjunct. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  let phrase = text.slice(start, end).replace(/[\s,]+$/u, '')
  const parts = phrase.split(/,\s+/u)
  if (parts.length >= 2) {
    // "the agency's head, Ann Lee, said": the apposition is the name, the head a description.
    const second = parts[1]!.replace(TRAILING, '').trim()
    phrase = NAME.test(second) && !NAME.test(parts[0]!) ? second : parts[0]!
  }
  phrase = phrase.replace(TRAILING, '')
  const conjunct = /\s+(?:and|&)\s+/u.exec(phrase)
  if (conjunct && /^\p{Lu}/u.test(phrase)) {
    phrase = phrase.slice(0, conjunct.index)
  }
  const at = text.indexOf(phrase, start)
  return phrase.trim() && at >= 0 ? { start: at, end: at + phrase.length } : null
}
