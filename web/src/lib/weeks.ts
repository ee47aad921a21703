/**
 * Weekly series for the charts: the API gives only the weeks that have events; a chart needs
 * every week in between, with empty weeks as gaps (no Goldstein) and zero counts.
 * @module
 */

const WEEK_MS = 7 * 86_400_000

/** A week on a chart: counts by quad class and the mean Goldstein score (null when empty). */
export interface ChartWeek {
  week: string
  quads: [number, number, number, number]
  goldstein: number | null
}

/** The Mondays from the week of `first` to the week of `last` (both `YYYY-MM-DD` Mondays). */
export function mondaysBetween(first: string, last: string, max = 1_000): string[] {
  const start = Date.parse(`${first}T00:00:00Z`)
  const end = Date.parse(`${last}T00:00:00Z`)
  const weeks: string[] = []
  for (let t = start; t <= end && weeks.length < max; t += WEEK_MS) {
    weeks.push(new Date(t).toISOString().slice(0, 10))
  }
  return weeks
}

/**
 * Every week from the first to the last of `weeks`, empty ones included; at most the last
 * `max` weeks, so a long archive stays readable.
 */
export function fillWeeks(
  weeks: readonly { week: string; quads?: readonly number[]; goldstein: number }[],
  max = 520,
): ChartWeek[] {
  const first = weeks[0]
  const last = weeks[weeks.length - 1]
  if (!first || !last) {
    return []
  }
  const byWeek = new Map(weeks.map((w) => [w.week, w]))
  const all = mondaysBetween(first.week, last.week, 100_000)
  return all.slice(Math.max(0, all.length - max)).map((week) => {
    const found = byWeek.get(week)
    const q = found?.quads ?? []
    return {
      week,
      quads: [q[0] ?? 0, q[1] ?? 0, q[2] ?? 0, q[3] ?? 0],
      goldstein: found ? found.goldstein : null,
    }
  })
}

/** A short word for a mean Goldstein score: how cooperative or hostile the weeks were. */
export function tensionWord(goldstein: number): string {
  if (goldstein <= -5) {
    return 'hostile'
  }
  if (goldstein < 0) {
    return 'tense'
  }
  if (goldstein < 3) {
    return 'mixed'
  }
  return 'cooperative'
}
