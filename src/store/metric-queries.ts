import { sql, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

/** One counter increment: a metric name, its Prometheus label set (`kind="timeout"`), and how much. */
export interface MetricIncrement {
  name: string
  labels: string
  value: number
}

/** Adds to the counters in one statement per counter, inside one transaction. */
export async function addMetrics(
  db: Kysely<Database>,
  increments: MetricIncrement[],
): Promise<void> {
  if (increments.length === 0) {
    return
  }
  await db.transaction().execute(async (tx) => {
    for (const { name, labels, value } of increments) {
      await tx
        .insertInto('metric_counters')
        .values({ name, labels, value })
        .onConflict((oc) =>
          oc
            .columns(['name', 'labels'])
            .doUpdateSet({ value: sql<number>`metric_counters.value + excluded.value` }),
        )
        .execute()
    }
  })
}

/** Every counter, by name and labels. */
export async function readMetrics(db: Kysely<Database>): Promise<MetricIncrement[]> {
  const rows = await db
    .selectFrom('metric_counters')
    .select(['name', 'labels', 'value'])
    .orderBy('name')
    .orderBy('labels')
    .execute()
  return rows.map((r) => ({ name: r.name, labels: r.labels, value: r.value }))
}
