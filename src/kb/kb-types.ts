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
