/**
 * Who did it and to whom: the doer before the trigger, the target after it in its clause,
 * passive agents ("was attacked by X"), and coordinated actors ("Armenia and Azerbaijan"),
 * which give one event per pair.
 */
import type { ActorAnnotation } from '../annotation.ts'

/**
 * The doer: the first actor named before the trigger that is not a modifier ("Russian-led",
 * "Armenian Prime Minister …" counts through the minister, not the demonym), else the nearest.
 */
export function pickSource(
  body: string,
  mentions: readonly ActorAnnotation[],
  trigger: number,
): ActorAnnotation | null {
  // In "…, which both sell weapons", the doer is what "which" refers to: the actors just before it.
  const sentenceStart = mentions[0]?.start ?? trigger
  const relative = [...body.slice(sentenceStart, trigger).matchAll(/,\s+(?:which|who)\s/g)].pop()
  if (relative) {
    const comma = sentenceStart + relative.index
    const antecedent = mentions.filter((a) => a.end <= comma).pop()
    if (antecedent) {
      return antecedent
    }
  }
  // A nominal trigger's owner: "Azerbaijan's continuing arms purchases".
  const owner = mentions.find((a) =>
    /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(body.slice(a.end, trigger)),
  )
  if (owner) {
    return owner
  }
  // The trigger's own clause first: "… since Armenia recalled its representative".
  const opener = [
    ...body
      .slice(sentenceStart, trigger)
      .matchAll(/[;:]|\b(?:since|after|before|when|because|while|although|whereas|but|until)\s/g),
  ].pop()
  const clauseStart = opener ? sentenceStart + opener.index : -1
  const inClause = mentions.filter((a) => a.start >= clauseStart && a.end <= trigger)
  const before = inClause.length > 0 ? inClause : mentions.filter((a) => a.end <= trigger)
  const heads = before.filter(
    (a) =>
      a.value.via !== 'demonym' &&
      !/^[-‑]|^\s+(?:of|for|over|about|with|in)\b/.test(body.slice(a.end, a.end + 6)) &&
      !isInsideParentheses(body, a),
  )
  // "Its Defence Ministry said Armenian forces had opened fire": the reporter is not the doer,
  // unless the trigger is its own second verb ("X said … and accused Y").
  const doers = heads.filter((a, i) => {
    const reported = REPORTER.exec(body.slice(a.end, a.end + 24))
    if (!reported || a.end + reported[0].length > trigger || i === heads.length - 1) {
      return true
    }
    const clause = body.slice(a.end + reported[0].length, trigger)
    return /\sand\s+$/.test(clause) && !/,\s+and\s+that\s/.test(clause)
  })
  return doers[0] ?? heads[0] ?? before[before.length - 1] ?? null
}

const REPORTER =
  /^\s+(?:has\s+|had\s+)?(?:said|says|claimed|claims|alleged|alleges|reported|reports|stated|states)\s+(?:that\s+)?/

function isInsideParentheses(body: string, mention: ActorAnnotation): boolean {
  return body[mention.start - 1] === '(' && body[mention.end] === ')'
}

/** Where the trigger's clause ends: a target never sits beyond "where", "which" or a semicolon. */
export function clauseEndAfter(body: string, from: number, limit: number): number {
  const rest = body.slice(from, limit)
  const boundary =
    /[;:]|\s(?:where|which|while|who|after|before|when|because)\s|,\s+(?:saying|and|but|as)\s/.exec(
      rest,
    )
  return boundary ? from + boundary.index : limit
}

/** The agent of a passive trigger: the first actor after "by" in its clause. */
export function passiveAgent(
  body: string,
  mentions: readonly ActorAnnotation[],
  triggerEnd: number,
  clauseEnd: number,
): ActorAnnotation | null {
  const by = /\bby\s+(?:the\s+)?$/
  return (
    mentions.find(
      (a) =>
        a.start >= triggerEnd &&
        a.end <= clauseEnd &&
        by.test(body.slice(Math.max(triggerEnd, a.start - 40), a.start)),
    ) ?? null
  )
}

/**
 * The mention with the actors coordinated with it: "Armenia and Azerbaijan", "Russia,
 * Belarus and Kazakhstan". Distinct actors only, in text order.
 */
export function coordinated(
  body: string,
  mentions: readonly ActorAnnotation[],
  head: ActorAnnotation,
): ActorAnnotation[] {
  const i = mentions.indexOf(head)
  const group = [head]
  const joins = (a: ActorAnnotation, b: ActorAnnotation): boolean =>
    /^\s*(?:,|,?\s+and|\s+&)\s+(?:the\s+)?$/.test(body.slice(a.end, b.start))
  for (let k = i - 1; k >= 0 && joins(mentions[k]!, group[0]!); k--) {
    group.unshift(mentions[k]!)
  }
  for (let k = i + 1; k < mentions.length && joins(group.at(-1)!, mentions[k]!); k++) {
    group.push(mentions[k]!)
  }
  const seen = new Set<string>()
  return group.filter((a) => {
    const key = a.value.actor ?? a.text
    if (seen.has(key)) {
      return false
    }
    seen.add(key)
    return true
  })
}

/**
 * Source–target pairs: every source with every target; with no target, a coordinated subject
 * of a reciprocal event acts on itself pairwise ("Armenia and Azerbaijan agreed" → ARM→AZE
 * and AZE→ARM); of any other event, each source acts alone.
 */
export function pairs(
  sources: readonly ActorAnnotation[],
  targets: readonly ActorAnnotation[],
  reciprocal: boolean,
): [ActorAnnotation, ActorAnnotation | null][] {
  const same = (a: ActorAnnotation, b: ActorAnnotation): boolean =>
    (a.value.actor ?? a.text) === (b.value.actor ?? b.text)
  if (targets.length === 0) {
    if (sources.length < 2 || !reciprocal) {
      return sources.map((s) => [s, null])
    }
    return sources.flatMap((s) =>
      sources.filter((t) => !same(s, t)).map((t): [ActorAnnotation, ActorAnnotation] => [s, t]),
    )
  }
  return sources.flatMap((s) =>
    targets.filter((t) => !same(s, t)).map((t): [ActorAnnotation, ActorAnnotation] => [s, t]),
  )
}
