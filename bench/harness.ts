/** One row of the benchmark table. */
export interface BenchRow {
  figure: string
  value: string
  peer: string
  peerValue: string
  /** Ours over the peer's, as "3.2×"; "—" when there is no peer figure. */
  ratio: string
}

/** Runs `fn` over `items` for `passes` passes and returns items per second for each pass. */
export function throughput<T>(
  items: readonly T[],
  passes: number,
  fn: (item: T) => unknown,
): number[] {
  const rates: number[] = []
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now()
    for (const item of items) {
      fn(item)
    }
    rates.push(items.length / ((performance.now() - start) / 1000))
  }
  return rates
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Prints rows as an aligned table. */
export function printTable(rows: readonly BenchRow[]): void {
  const header: BenchRow = {
    figure: 'figure',
    value: 'value',
    peer: 'peer',
    peerValue: 'peer value',
    ratio: 'ratio',
  }
  const all = [header, ...rows]
  const keys = Object.keys(header) as (keyof BenchRow)[]
  const widths = keys.map((k) => Math.max(...all.map((r) => r[k].length)))
  for (const [i, row] of all.entries()) {
    console.log(keys.map((k, j) => row[k].padEnd(widths[j]!)).join('  '))
    if (i === 0) {
      console.log(widths.map((w) => '-'.repeat(w)).join('  '))
    }
  }
}

/** Formats a rate. */
export function rate(value: number, unit: string): string {
  return `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`
}
