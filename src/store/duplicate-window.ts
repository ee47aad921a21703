/**
 * Copies of a wire story appear within days of it: an article is checked for being a copy only
 * against articles dated this many days either side (undated ones by the day they were stored).
 */
export const DUPLICATE_WINDOW_DAYS = 30

/** The day an article is compared around: its publication day, or the day it was stored. */
export function dedupeDay(published: string | null, ingestedAt: string): string {
  return (published ?? ingestedAt).slice(0, 10)
}

/** The first and last day (YYYY-MM-DD) of the window around `day`; a malformed day alone. */
export function duplicateWindow(day: string): { from: string; to: string } {
  const time = Date.parse(`${day}T00:00:00Z`)
  if (Number.isNaN(time)) {
    return { from: day, to: day }
  }
  const shift = (days: number) => new Date(time + days * 86_400_000).toISOString().slice(0, 10)
  return { from: shift(-DUPLICATE_WINDOW_DAYS), to: shift(DUPLICATE_WINDOW_DAYS) }
}
