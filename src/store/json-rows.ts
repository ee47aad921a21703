import { sql, type RawBuilder } from 'kysely'
import type { StoreDialect } from './dialect.ts'

/** The SQL type of a {@link jsonRows} column: `json` keeps a nested array or object as JSON. */
export type JsonColumnType = 'integer' | 'text' | 'json'

/**
 * Rows passed as one JSON parameter, each an array of values in the order of `columns`, as a
 * FROM item named `alias`: a batch's thousands of lookups go to the store as one statement,
 * whatever the dialect's parameter limit. Arrays rather than objects: SQLite reads them faster.
 *
 * @example
 * sql`SELECT p.i FROM ${jsonRows('sqlite', 'p', { i: 'integer', band: 'text' }, [[1, '0:af03']])}`
 */
export function jsonRows(
  dialect: StoreDialect,
  alias: string,
  columns: Readonly<Record<string, JsonColumnType>>,
  rows: readonly JsonRow[],
): RawBuilder<unknown> {
  return sql`(${jsonRowsSelect(dialect, columns, rows)}) AS ${sql.table(alias)}`
}

/** A row of {@link jsonRows}: its values, a nested array for a `json` column. */
export type JsonRow = readonly (string | number | null | readonly (string | number)[])[]

/**
 * The SELECT of {@link jsonRows} alone, for a common table expression: one that a query must
 * read once (MATERIALIZED) rather than have its fields re-read from the JSON at every join.
 */
export function jsonRowsSelect(
  dialect: StoreDialect,
  columns: Readonly<Record<string, JsonColumnType>>,
  rows: readonly JsonRow[],
): RawBuilder<unknown> {
  const json = JSON.stringify(rows)
  const fields = Object.entries(columns).map(([name, type], i) =>
    type === 'json'
      ? sql`value -> ${sql.lit(i)} AS ${sql.ref(name)}`
      : dialect === 'postgres'
        ? sql`(value ->> ${sql.lit(i)})::${sql.raw(type)} AS ${sql.ref(name)}`
        : sql`value ->> ${sql.lit(i)} AS ${sql.ref(name)}`,
  )
  const elements =
    dialect === 'postgres' ? sql`jsonb_array_elements(${json}::jsonb)` : sql`json_each(${json})`
  return sql`SELECT ${sql.join(fields)} FROM ${elements}`
}

/** The values of a JSON array of strings held by a text expression, as a subquery's rows. */
export function jsonArrayValues(
  dialect: StoreDialect,
  array: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`SELECT jsonb_array_elements_text(${array}::jsonb)`
    : sql`SELECT value FROM json_each(${array})`
}
