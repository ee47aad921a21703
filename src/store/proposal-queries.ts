import { createHash } from 'node:crypto'
import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Page } from '../core/article-summary.ts'
import type { RoleChange, RoleProposal } from '../kb/role-change.ts'
import type { Database, RoleProposalsTable } from './schema.ts'
import type { ProposalQuery } from './store.ts'

/**
 * The role-proposal rows of an article's changes of office, made at `now`. A proposal's id is
 * stable — a hash of the article, the person, the change and the office — so re-analysing an
 * article never proposes the same change twice (its row is skipped on conflict).
 */
export function proposalRows(
  articleId: string,
  changes: readonly RoleChange[],
  now: string,
): Insertable<RoleProposalsTable>[] {
  return changes.map((c) => ({
    id: proposalId(articleId, c),
    article_id: articleId,
    person: c.person,
    person_name: c.personName,
    change: c.change,
    verb: c.verb,
    title: c.title,
    org: c.org,
    country: c.country,
    date: c.date,
    evidence: c.evidence.text,
    evidence_start: c.evidence.start,
    evidence_end: c.evidence.end,
    status: 'pending',
    created_at: now,
    decided_at: null,
  }))
}

/** A page of proposals, oldest first, optionally of one status. */
export async function listProposals(
  db: Kysely<Database>,
  query: ProposalQuery,
): Promise<Page<RoleProposal>> {
  let base = db.selectFrom('role_proposals')
  if (query.status) {
    base = base.where('status', '=', query.status)
  }
  const total = await base
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst()
  const rows = await base
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute()
  return { total: Number(total?.n ?? 0), items: rows.map(toProposal) }
}

/** One proposal, or null. */
export async function getProposal(db: Kysely<Database>, id: string): Promise<RoleProposal | null> {
  const row = await db
    .selectFrom('role_proposals')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? toProposal(row) : null
}

/** Records a decision; returns the updated proposal, or null when there is none with this id. */
export async function decideProposal(
  db: Kysely<Database>,
  id: string,
  status: 'accepted' | 'rejected',
): Promise<RoleProposal | null> {
  await db
    .updateTable('role_proposals')
    .set({ status, decided_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute()
  return getProposal(db, id)
}

function proposalId(articleId: string, c: RoleChange): string {
  const key = [articleId, c.person, c.change, c.title ?? ''].join('\u0000')
  return `p-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`
}

function toProposal(row: Selectable<RoleProposalsTable>): RoleProposal {
  return {
    id: row.id,
    articleId: row.article_id,
    person: row.person,
    personName: row.person_name,
    change: row.change === 'end' ? 'end' : 'start',
    verb: row.verb,
    title: row.title,
    org: row.org,
    country: row.country,
    date: row.date,
    evidence: { text: row.evidence, start: row.evidence_start, end: row.evidence_end },
    status: row.status === 'accepted' || row.status === 'rejected' ? row.status : 'pending',
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  }
}
