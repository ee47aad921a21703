/**
 * A sparkline's geometry: the Goldstein scale (−10 to +10) mapped onto a box, empty weeks
 * bridged as the dashboard's charts always did. Plain SVG: a line of a hundred weeks needs no
 * chart library, and the dashboard then loads none.
 * @module
 */

/** Polyline points ("x,y x,y …") for `values` in a `width`×`height` box; nulls are skipped. */
export function sparklinePoints(
  values: readonly (number | null)[],
  width: number,
  height: number,
): string {
  const step = values.length > 1 ? width / (values.length - 1) : 0
  const points: string[] = []
  values.forEach((value, i) => {
    if (value !== null) {
      points.push(
        `${round(values.length > 1 ? i * step : width / 2)},${round(goldsteinY(value, height))}`,
      )
    }
  })
  return points.join(' ')
}

/** The height in the box of a Goldstein score, +10 at the top, clamped to the scale. */
export function goldsteinY(value: number, height: number): number {
  const clamped = Math.min(10, Math.max(-10, value))
  return ((10 - clamped) / 20) * height
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
