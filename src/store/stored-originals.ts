import { sql, type Kysely } from 'kysely'
import { hammingDistance, MAX_DISTANCE } from '../extract/dedupe/simhash.ts'
import type { StoreDialect } from './dialect.ts'
import { jsonRows } from './json-rows.ts'
import type { Database } from './schema.ts'

/** What a new article looks for its stored original with. */
export interface CopyProbe {
  fingerprint: string
  /** The band keys of its near copies (simhashProbes). */
  probes: readonly string[]
  /** Its duplicate window (duplicateWindow). */
  from: string
  to: string
}

interface CandidateRow {
  i: number | string
  id: string
  seq: number | string
  simhash: string | null
  duplicate_of: string | null
}

/**
 * For each probe (null: none wanted), the stored original it copies: the earliest stored
 * article within MAX_DISTANCE bits that shares a band and is dated in its window, or its own
 * original when it is a copy itself. One statement for the batch; a statement per article
 * spent more time compiling and binding than SQLite spent seeking the bands.
 */
export async function storedOriginals(
  db: Kysely<Database>,
  dialect: StoreDialect,
  probes: readonly (CopyProbe | null)[],
): Promise<(string | null)[]> {
  const wanted = probes.flatMap((probe, i) =>
    probe ? probe.probes.map((band) => [i, band, probe.from, probe.to]) : [],
  )
  const originals = probes.map(() => null as string | null)
  if (wanted.length === 0) {
    return originals
  }
  const table = jsonRows(
    dialect,
    'p',
    { i: 'integer', band: 'text', lo: 'text', hi: 'text' },
    wanted,
  )
  const { rows } = await sql<CandidateRow>`
    SELECT DISTINCT p.i, a.id, a.seq, a.simhash, a.duplicate_of
    FROM ${table}
    JOIN article_simhash_bands b ON b.band = p.band AND b.day >= p.lo AND b.day <= p.hi
    JOIN articles a ON a.id = b.article_id`.execute(db)
  const byProbe = new Map<number, CandidateRow[]>()
  for (const row of rows) {
    const list = byProbe.get(Number(row.i)) ?? []
    list.push(row)
    byProbe.set(Number(row.i), list)
  }
  for (const [i, candidates] of byProbe) {
    const fingerprint = probes[i]!.fingerprint
    const match = candidates
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .find((c) => c.simhash !== null && hammingDistance(c.simhash, fingerprint) <= MAX_DISTANCE)
    originals[i] = match ? (match.duplicate_of ?? match.id) : null
  }
  return originals
}
