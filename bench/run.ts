/**
 * Runs the benchmarks and prints one table: figure, value, peer, peer value, ratio.
 * `npm run bench` runs all; `npm run bench -- extract`, `-- pipeline`, `-- actors`, `-- events` or `-- quotes` runs one.
 * Figures are medians over several passes after a warm-up: the machines are noisy.
 */
import { actorsBench } from './actors.bench.ts'
import { dashboardBench } from './dashboard.bench.ts'
import { eventsBench } from './events.bench.ts'
import { extractBench } from './extract.bench.ts'
import { printTable, type BenchRow } from './harness.ts'
import { metadataBench } from './metadata.bench.ts'
import { pipelineBench } from './pipeline.bench.ts'
import { quotesBench } from './quotes.bench.ts'
import { storeBench } from './store.bench.ts'

const only = process.argv[2]
const rows: BenchRow[] = []
if (!only || only === 'pipeline') {
  rows.push(...pipelineBench())
}
if (!only || only === 'actors') {
  rows.push(...actorsBench())
}
if (!only || only === 'events') {
  rows.push(...eventsBench())
}
if (!only || only === 'quotes') {
  // `npm run bench:quotes -- test` scores the test split, once the work on dev is done;
  // `-- dev --verbose` lists every miss on the own gold set.
  const args = process.argv.slice(3)
  rows.push(
    ...quotesBench(args.find((a) => !a.startsWith('--')) ?? 'dev', {
      verbose: args.includes('--verbose'),
    }),
  )
}
if (only === 'store') {
  // Not in the default run: it writes tens of thousands of articles to each backend.
  // `npm run bench:store -- 100000 sqlite` runs one backend.
  rows.push(
    ...(await storeBench(
      process.argv[3] ? Number(process.argv[3]) : undefined,
      process.argv[4] === 'sqlite' || process.argv[4] === 'postgres'
        ? [process.argv[4]]
        : undefined,
    )),
  )
}
if (only === 'dashboard') {
  // Not in the default run: it stores 10,000 articles and drives Chromium.
  rows.push(...(await dashboardBench(process.argv[3] ? Number(process.argv[3]) : undefined)))
}
if (!only || only === 'extract') {
  rows.push(...(await extractBench()), ...metadataBench())
}
printTable(rows)
