import { sql, type Kysely, type RawBuilder } from 'kysely'
import { fingerprintHalves, MAX_DISTANCE, simhashBands } from '../extract/dedupe/simhash.ts'
import type { StoreDialect } from './dialect.ts'
import { jsonRowsSelect } from './json-rows.ts'
import type { ArticleCopyKeysTable, Database } from './schema.ts'

/** What a new article looks for its stored original with. */
export interface CopyProbe {
  fingerprint: string
  /** The band keys of its near copies (simhashProbes). */
  probes: readonly number[]
  /** Its duplicate window, as day numbers (duplicateWindow). */
  from: number
  to: number
}

/** The rows an article is found by as an original: one per band (see 075-copy-keys.ts). */
export function copyKeys(seq: number, fingerprint: string, day: number): ArticleCopyKeysTable[] {
  const [hi, lo] = fingerprintHalves(fingerprint)
  return simhashBands(fingerprint).map((band) => ({ band, day, seq, hi, lo }))
}

/** A probe as the copy lookup reads it: the article's index, window, fingerprint and bands. */
const PROBE_COLUMNS = {
  i: 'integer',
  from_day: 'integer',
  to_day: 'integer',
  hi: 'integer',
  lo: 'integer',
  bands: 'json',
} as const

/**
 * For each probe (null: none wanted), the stored original it copies: the earliest stored
 * article within MAX_DISTANCE bits that shares a band and is dated in its window, or its own
 * original when it is a copy itself. One statement for the batch, its probes one JSON
 * parameter (an article to a row, its bands nested); the distance is measured on the keys, so
 * only the articles matched are read.
 */
export async function storedOriginals(
  db: Kysely<Database>,
  dialect: StoreDialect,
  probes: readonly (CopyProbe | null)[],
): Promise<(string | null)[]> {
  const wanted = probes.flatMap((probe, i) =>
    probe ? [[i, probe.from, probe.to, ...fingerprintHalves(probe.fingerprint), probe.probes]] : [],
  )
  const originals = probes.map(() => null as string | null)
  if (wanted.length === 0) {
    return originals
  }
  const { rows } = await sql<{ i: number | string; id: string; duplicate_of: string | null }>`
    WITH probe AS MATERIALIZED (${jsonRowsSelect(dialect, PROBE_COLUMNS, wanted)})
    SELECT m.i, a.id, a.duplicate_of
    FROM (
      SELECT probe.i, min(k.seq) AS seq
      FROM probe
      CROSS JOIN ${bandsOf(dialect)}
      JOIN article_copy_keys k
        ON k.band = band.value AND k.day >= probe.from_day AND k.day <= probe.to_day
      WHERE ${distance(dialect)} <= ${sql.lit(MAX_DISTANCE)}
      GROUP BY probe.i
    ) m
    JOIN articles a ON a.seq = m.seq`.execute(db)
  for (const row of rows) {
    originals[Number(row.i)] = row.duplicate_of ?? row.id
  }
  return originals
}

/** The probe's band keys as rows of `band.value`. */
function bandsOf(dialect: StoreDialect): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`LATERAL (SELECT b::integer AS value FROM jsonb_array_elements_text(probe.bands) b) band`
    : sql`json_each(probe.bands) band`
}

/**
 * Bits between a key's fingerprint and the probe's: PostgreSQL counts them itself, SQLite with
 * the `copy_distance` function its store registers (halvesDistance).
 */
function distance(dialect: StoreDialect): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql`bit_count((k.hi # probe.hi)::bit(32)) + bit_count((k.lo # probe.lo)::bit(32))`
    : sql`copy_distance(k.hi, k.lo, probe.hi, probe.lo)`
}
