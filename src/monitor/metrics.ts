import type { InputItem } from '../ingest/read-inputs.ts'
import type { MetricIncrement } from '../store/metric-queries.ts'

/** Bucket bounds of the extraction-time histogram, in seconds. */
export const EXTRACTION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

/** The counter families Watchdesk keeps in the store, with their Prometheus help and type. */
export const METRIC_FAMILIES: Record<string, { help: string; type: 'counter' | 'histogram' }> = {
  watchdesk_fetches_total: {
    help: 'Feed and page fetches of sources, by outcome.',
    type: 'counter',
  },
  watchdesk_items_fetched_total: {
    help: 'Article pages fetched: new feed items of sources and queued URLs.',
    type: 'counter',
  },
  watchdesk_fetch_errors_total: {
    help: 'Failed fetches, by kind (the error code: timeout, dns_failed, http_error, too_large, robots_disallowed, …).',
    type: 'counter',
  },
  watchdesk_extraction_seconds: {
    help: 'Time to extract and analyse one document into a record.',
    type: 'histogram',
  },
}

/**
 * Increments gathered in memory during a run and written to the store at once, so counting
 * costs one transaction per run rather than one write per event.
 */
export class MetricTally {
  readonly #values = new Map<string, MetricIncrement>()

  /** Adds `value` to the counter `name` with these labels. */
  add(name: string, labels: Record<string, string> = {}, value = 1): void {
    const text = labelText(labels)
    const key = `${name}{${text}}`
    const entry = this.#values.get(key)
    if (entry) {
      entry.value += value
    } else {
      this.#values.set(key, { name, labels: text, value })
    }
  }

  /** Records one observation of a histogram: its cumulative buckets, sum and count. */
  observe(name: string, value: number, buckets: readonly number[] = EXTRACTION_BUCKETS): void {
    for (const bound of buckets) {
      if (value <= bound) {
        this.add(`${name}_bucket`, { le: String(bound) })
      }
    }
    this.add(`${name}_bucket`, { le: '+Inf' })
    this.add(`${name}_sum`, {}, value)
    this.add(`${name}_count`)
  }

  increments(): MetricIncrement[] {
    return [...this.#values.values()]
  }
}

/** Passes fetched inputs through, counting each page fetched and each failure by its code. */
export async function* countFetches(
  items: AsyncIterable<InputItem>,
  tally: MetricTally,
): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if (item.error === undefined) {
      tally.add('watchdesk_items_fetched_total')
    } else {
      tally.add('watchdesk_fetch_errors_total', { kind: item.code ?? 'other' })
    }
    yield item
  }
}

/** Label sets as Prometheus writes them, sorted by name, values escaped. */
function labelText(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}="${(labels[k] ?? '').replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`)
    .join(',')
}

/** The stored counters in the Prometheus text format, each family with its HELP and TYPE. */
export function renderStoredMetrics(counters: readonly MetricIncrement[]): string[] {
  const lines: string[] = []
  for (const [family, meta] of Object.entries(METRIC_FAMILIES)) {
    const rows = counters.filter(
      (c) => c.name === family || (meta.type === 'histogram' && c.name.startsWith(`${family}_`)),
    )
    lines.push(`# HELP ${family} ${meta.help}`, `# TYPE ${family} ${meta.type}`)
    if (meta.type === 'histogram') {
      // Buckets in bound order, as scrapers expect, then the sum and the count.
      const bound = (c: MetricIncrement): number => {
        const le = /le="([^"]+)"/.exec(c.labels)?.[1] ?? '+Inf'
        return le === '+Inf' ? Infinity : Number(le)
      }
      const buckets = rows.filter((c) => c.name === `${family}_bucket`)
      buckets.sort((a, b) => bound(a) - bound(b))
      const sum = rows.find((c) => c.name === `${family}_sum`)?.value ?? 0
      const count = rows.find((c) => c.name === `${family}_count`)?.value ?? 0
      lines.push(...buckets.map((c) => `${c.name}{${c.labels}} ${c.value}`))
      if (buckets.length === 0) {
        lines.push(`${family}_bucket{le="+Inf"} 0`)
      }
      lines.push(`${family}_sum ${sum}`, `${family}_count ${count}`)
    } else {
      lines.push(...rows.map((c) => `${c.name}${c.labels ? `{${c.labels}}` : ''} ${c.value}`))
    }
  }
  return lines
}
