import type { ActorKind } from '../core/article.ts'

/** A role a person holds, with dates as precise as known. */
export interface KbRole {
  title: string
  /** Id of the institution or organisation, when known. */
  org: string | null
  from: string | null
  to: string | null
}

/** A membership of a state in an organisation. */
export interface KbMembership {
  country: string
  status: 'member' | 'observer' | 'partner' | 'suspended' | 'frozen' | 'former'
  from: string | null
  to: string | null
}

/** One entry of a knowledge-base pack (docs/knowledge-base.md). */
export interface KbEntry {
  id: string
  name: string
  kind: ActorKind
  aliases: string[]
  cameo: string | null
  country?: string | null
  iso2?: string
  demonyms?: string[]
  capital?: string | null
  defacto?: boolean
  from?: string | null
  to?: string | null
  parent?: string | null
  members?: KbMembership[]
  rules?: { text: string; source?: string }[]
  roles?: KbRole[]
  sources?: string[]
}

/**
 * A bilateral relation between two states. Only what deviates from the default is written: two
 * states are taken to have diplomatic relations unless a `none` entry covers the date.
 */
export interface KbRelation {
  /** The two states, ISO3, in any order. */
  between: [string, string]
  type: 'diplomatic'
  status: 'none'
  from: string | null
  to: string | null
  note?: string
  sources?: string[]
}

/** The kinds of membership rule the rule engine interprets (docs/knowledge-base.md). */
export type KbRuleKind = 'un-member' | 'relations-with-all-members' | 'not-already-member'

/** One membership rule of an organisation, as data. */
export interface KbMembershipRule {
  /** A stable id (`csto-relations-with-all-members`). */
  id: string
  org: string
  kind: KbRuleKind
  /** The statuses a candidate seeks that the rule applies to. */
  statuses: KbMembership['status'][]
  /** The rule as the organisation words it. */
  text: string
  from?: string | null
  to?: string | null
  source?: string
}
