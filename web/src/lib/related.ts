/**
 * Why a "See Also" article is related: the shared actors, CAMEO event roots and words the API
 * gives as reasons, put into one short line for people.
 * @module
 */

import type { RelatedReasons } from '../api/types'

/** The 20 CAMEO root codes and their short names (CAMEO 1.1b3). */
export const CAMEO_ROOT_NAMES: Readonly<Record<string, string>> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
}

/** At most this many actors are named; the rest are counted ("and 2 more"). */
export const MAX_REASON_ACTORS = 3
/** At most this many event roots are named; the rest are counted. */
export const MAX_REASON_ROOTS = 3
/** At most this many shared words are shown. */
export const MAX_REASON_TERMS = 3

/**
 * The name of a CAMEO root code: "19" → "Fight". Accepts a single digit ("4") or a longer
 * event code's root as given; an unknown root reads "CAMEO root 99".
 */
export function cameoRootName(root: string): string {
  const code = /^\d$/.test(root) ? `0${root}` : root
  return CAMEO_ROOT_NAMES[code] ?? `CAMEO root ${root}`
}

/**
 * The parts of the "why" line, in order: shared actors (by name when `actorNames` knows the id,
 * otherwise the id) and shared event roots by their CAMEO names, three of each named and the
 * rest counted, then up to three shared words. Empty reasons give no part.
 */
export function relatedReasonParts(
  reasons: RelatedReasons,
  actorNames: ReadonlyMap<string, string> = new Map(),
): string[] {
  const parts: string[] = []
  const actors = unique(reasons.actors)
  if (actors.length > 0) {
    const names = actors.map((id) => actorNames.get(id) ?? id)
    parts.push(`Same actors: ${listSome(names, MAX_REASON_ACTORS)}`)
  }
  const roots = unique(reasons.eventRoots)
  if (roots.length > 0) {
    parts.push(`Same kind of event: ${listSome(roots.map(cameoRootName), MAX_REASON_ROOTS)}`)
  }
  const terms = unique(reasons.terms).slice(0, MAX_REASON_TERMS)
  if (terms.length > 0) {
    parts.push(`Shared words: ${terms.join(', ')}`)
  }
  return parts
}

/** The "why" line: the parts of {@link relatedReasonParts} joined by " · "; '' when none. */
export function formatRelatedReasons(
  reasons: RelatedReasons,
  actorNames: ReadonlyMap<string, string> = new Map(),
): string {
  return relatedReasonParts(reasons, actorNames).join(' · ')
}

/** "a, b, c and 2 more" for at most `max` items. */
function listSome(items: readonly string[], max: number): string {
  const more = items.length - max
  return `${items.slice(0, max).join(', ')}${more > 0 ? ` and ${String(more)} more` : ''}`
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))]
}
