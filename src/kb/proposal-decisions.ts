import { NotFoundError, ValidationError } from '../core/errors.ts'
import type { Store } from '../store/store.ts'
import { ACCEPTED_FILE, entryForProposal } from './apply-proposal.ts'
import type { KbEntry } from './kb-types.ts'
import type { KnowledgeBase } from './knowledge-base.ts'
import type { RoleProposal } from './role-change.ts'
import { writeUserEntries } from './user-pack.ts'

/** What deciding a proposal did. */
export interface Decision {
  proposal: RoleProposal
  /** The user-pack entry an acceptance wrote; null for a rejection. */
  entry: KbEntry | null
}

/**
 * Accepts or rejects a pending proposal. Acceptance writes the changed entry to the user pack
 * (`<dir>/accepted-proposals.json`) and updates the loaded knowledge base, so that articles
 * analysed from now on resolve with it.
 */
export async function decideRoleProposal(
  deps: { store: Store; kb: KnowledgeBase; kbDir: string },
  id: string,
  decision: 'accept' | 'reject',
): Promise<Decision> {
  const proposal = await deps.store.getProposal(id)
  if (!proposal) {
    throw new NotFoundError(`no role proposal with id "${id}"`)
  }
  if (proposal.status !== 'pending') {
    throw new ValidationError(`role proposal "${id}" is already ${proposal.status}`, {
      code: 'already_decided',
    })
  }
  if (decision === 'reject') {
    const rejected = await deps.store.decideProposal(id, 'rejected')
    return { proposal: rejected ?? proposal, entry: null }
  }
  const entry = entryForProposal(deps.kb, proposal)
  writeUserEntries(deps.kbDir, ACCEPTED_FILE, [entry])
  deps.kb.upsert(entry)
  const accepted = await deps.store.decideProposal(id, 'accepted')
  return { proposal: accepted ?? proposal, entry }
}
