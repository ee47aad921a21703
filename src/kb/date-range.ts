/**
 * Dates in the knowledge base are as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A
 * bound that is less precise than the date asked about covers the whole year or month.
 */

/** True when `date` (`YYYY-MM-DD`) falls inside `[from, to]`; a null bound is open. */
export function coversDate(from: string | null, to: string | null, date: string): boolean {
  return (from === null || from <= date) && (to === null || to >= date.slice(0, to.length))
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isKbDate(value: string): boolean {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)
}
