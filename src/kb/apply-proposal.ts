import { ValidationError } from '../core/errors.ts'
import { titleKey } from './role-titles.ts'
import type { KbEntry, KbRole } from './kb-types.ts'
import type { KnowledgeBase } from './knowledge-base.ts'
import type { RoleProposal } from './role-change.ts'

/** The file of a user pack that accepted proposals are written to. */
export const ACCEPTED_FILE = 'accepted-proposals.json'

/**
 * The knowledge-base entry an accepted proposal produces: the person's entry with the new role
 * (from the article's date, open-ended) or with the left role closed on that date. A person the
 * KB does not know (`local:` id) becomes a new entry with a kebab-case id.
 */
export function entryForProposal(kb: KnowledgeBase, proposal: RoleProposal): KbEntry {
  const known = kb.get(proposal.person)
  const entry: KbEntry = known
    ? structuredClone(known)
    : {
        id: proposal.person.replace(/^local:/, ''),
        name: proposal.personName,
        kind: 'person',
        aliases: surnameAlias(proposal.personName),
        cameo: null,
        country: proposal.country,
        roles: [],
        sources: [],
      }
  const roles: KbRole[] = entry.roles ?? []
  const evidence = `article ${proposal.articleId}: ${proposal.evidence.text.slice(0, 200)}`
  if (proposal.change === 'start') {
    if (!proposal.title) {
      throw new ValidationError(`proposal "${proposal.id}" names no office to start`)
    }
    const key = titleKey(proposal.title)
    const same = roles.find(
      (r) =>
        r.to === null &&
        r.org === proposal.org &&
        (r.title === proposal.title || (key !== null && titleKey(r.title) === key)),
    )
    if (!same) {
      roles.push({ title: proposal.title, org: proposal.org, from: proposal.date, to: null })
    }
  } else {
    const open = roles.filter(
      (r) => r.to === null || (proposal.date !== null && r.to > proposal.date),
    )
    const key = proposal.title ? titleKey(proposal.title) : null
    const sameTitle = (r: KbRole): boolean =>
      proposal.title !== null &&
      (r.title === proposal.title || (key !== null && titleKey(r.title) === key))
    const left =
      open.find(sameTitle) ??
      open.find((r) => proposal.org !== null && r.org === proposal.org) ??
      (proposal.title === null ? open[0] : undefined)
    if (left) {
      left.to = proposal.date
    } else {
      roles.push({
        title: proposal.title ?? 'unknown office',
        org: proposal.org,
        from: null,
        to: proposal.date,
      })
    }
  }
  entry.roles = roles
  entry.sources = [...(entry.sources ?? []), evidence]
  return entry
}

function surnameAlias(name: string): string[] {
  const words = name.split(/\s+/)
  return words.length > 1 ? [words.at(-1)!] : []
}
