/**
 * Copies of a wire story appear within days of it: an article is checked for being a copy only
 * against articles dated this many days either side (undated ones by the day they were stored).
 */
export const DUPLICATE_WINDOW_DAYS = 30

/**
 * The day an article is compared around: its publication day, or the day it was stored when it
 * is undated or its date is malformed (YYYY-MM-DD).
 */
export function dedupeDay(published: string | null, ingestedAt: string): string {
  const day = (published ?? ingestedAt).slice(0, 10)
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? ingestedAt.slice(0, 10) : day
}

/** A day of {@link dedupeDay} as days since 1970-01-01, how copy keys are stored. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000)
}

/** The first and last day of the window around `day`, all as day numbers. */
export function duplicateWindow(day: number): { from: number; to: number } {
  return { from: day - DUPLICATE_WINDOW_DAYS, to: day + DUPLICATE_WINDOW_DAYS }
}
