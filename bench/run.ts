/**
 * Runs the benchmarks and prints one table: figure, value, peer, peer value, ratio.
 * `npm run bench` runs all; `npm run bench -- extract` or `-- pipeline` runs one.
 * Figures are medians over several passes after a warm-up: the machines are noisy.
 */
import { extractBench } from './extract.bench.ts'
import { printTable, type BenchRow } from './harness.ts'
import { metadataBench } from './metadata.bench.ts'
import { pipelineBench } from './pipeline.bench.ts'

const only = process.argv[2]
const rows: BenchRow[] = []
if (!only || only === 'pipeline') {
  rows.push(...pipelineBench())
}
if (!only || only === 'extract') {
  rows.push(...(await extractBench()), ...metadataBench())
}
printTable(rows)
