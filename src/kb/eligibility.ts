import { NotFoundError, ValidationError } from '../core/errors.ts'
import { coversDate } from './date-range.ts'
import type { KbMembership, KbMembershipRule } from './kb-types.ts'
import type { KnowledgeBase } from './knowledge-base.ts'

/** A rule the candidate fails, and what it lacks (the member states it has no relations with). */
export interface EligibilityReason {
  rule: string
  /** The rule's id in the pack. */
  id: string
  lacking: string[]
}

/** The answer to "may this state get this status in this organisation on this date?". */
export interface Eligibility {
  org: string
  candidate: string
  status: KbMembership['status']
  on: string | null
  eligible: boolean
  /** The rules that were checked, by id. */
  checked: string[]
  reasons: EligibilityReason[]
}

/** What a question to the rule engine names. */
export interface EligibilityQuestion {
  org: string
  candidate: string
  status: KbMembership['status']
  /** `YYYY-MM-DD`; null means today's state of the pack (open-ended entries). */
  on: string | null
}

/**
 * Interprets an organisation's membership rules (data in `membership-rules.json`) for one
 * candidate. Rule kinds:
 * - `un-member`: the candidate must be a UN member state;
 * - `relations-with-all-members`: it must have diplomatic relations with every member state on
 *   the date (`lacking` lists those it has none with);
 * - `not-already-member`: it must not already hold the status, or full membership.
 *
 * @example
 * checkEligibility(kb, { org: 'CSTO', candidate: 'AZE', status: 'observer', on: '2019-11-28' })
 * // { eligible: false, reasons: [{ rule: '…', lacking: ['ARM'] }], … }
 */
export function checkEligibility(kb: KnowledgeBase, question: EligibilityQuestion): Eligibility {
  const { org, candidate, status, on } = question
  const orgEntry = kb.get(org)
  if (orgEntry?.kind !== 'organization') {
    throw new NotFoundError(`no organisation with id "${org}" in the knowledge base`)
  }
  const country = kb.get(candidate)
  if (country?.kind !== 'country') {
    throw new ValidationError(`candidate "${candidate}" is not a country in the knowledge base`)
  }
  const rules = kb.rules.filter(
    (r) =>
      r.org === org &&
      r.statuses.includes(status) &&
      (on === null || coversDate(r.from ?? null, r.to ?? null, on)),
  )
  const reasons: EligibilityReason[] = []
  for (const rule of rules) {
    const lacking = lackingFor(kb, rule, question)
    if (lacking) {
      reasons.push({ rule: rule.text, id: rule.id, lacking })
    }
  }
  return {
    org,
    candidate,
    status,
    on,
    eligible: reasons.length === 0,
    checked: rules.map((r) => r.id),
    reasons,
  }
}

/** What the candidate lacks under one rule, or null when it meets it. */
function lackingFor(
  kb: KnowledgeBase,
  rule: KbMembershipRule,
  { org, candidate, status, on }: EligibilityQuestion,
): string[] | null {
  switch (rule.kind) {
    case 'un-member': {
      const un = kb.membersOn('UN', on).some((m) => m.country === candidate)
      const flagged = (kb.get(candidate) as { status?: string } | undefined)?.status
      return un || flagged === 'un-member' ? null : [candidate]
    }
    case 'relations-with-all-members': {
      const members = [
        ...new Set(
          kb
            .membersOn(org, on)
            .filter((m) => m.status === 'member' && m.country !== candidate)
            .map((m) => m.country),
        ),
      ]
      const lacking = members.filter((m) => !kb.haveDiplomaticRelations(candidate, m, on))
      return lacking.length > 0 ? lacking.sort() : null
    }
    case 'not-already-member': {
      const held = kb
        .membersOn(org, on)
        .filter((m) => m.country === candidate && (m.status === status || m.status === 'member'))
      return held.length > 0 ? [candidate] : null
    }
  }
}
