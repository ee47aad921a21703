import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { decodePage } from '../src/extract/decode.ts'
import { extractPage } from '../src/extract/html/extract-page.ts'
import { median, rate, throughput, type BenchRow } from './harness.ts'
import { readabilityText } from './readability-peer.ts'

const BENCH_DIR = new URL('../../shared/eval/article-extraction/', import.meta.url)

interface Evaluator {
  evaluate: (
    truth: Record<string, { articleBody: string }>,
    prediction: Record<string, { articleBody: string }>,
    options: { nBootstrap: number },
  ) => { metrics: { f1: number } }
}

/**
 * Body extraction on the 181-page public benchmark (../shared/eval/article-extraction): speed
 * and F1 against Readability.js on linkedom. Skips, with a message, when the data is absent.
 */
export async function extractBench(passes = 5): Promise<BenchRow[]> {
  if (!existsSync(new URL('html/', BENCH_DIR))) {
    console.log('bench:extract skipped: ../shared/eval/article-extraction is not present')
    return []
  }
  const dir = new URL('html/', BENCH_DIR)
  const pages = readdirSync(dir).map((file) => ({
    id: file.replace(/\.html\.gz$/, ''),
    html: decodePage(readFileSync(new URL(file, dir))),
  }))
  const truth = JSON.parse(readFileSync(new URL('ground-truth.json', BENCH_DIR), 'utf8')) as Record<
    string,
    { articleBody: string }
  >
  const ours = Object.fromEntries(
    pages.map((p) => [p.id, { articleBody: extractPage(p.html).body }]),
  )
  const peer = Object.fromEntries(
    pages.map((p) => [p.id, { articleBody: readabilityText(p.html) }]),
  )
  const evaluator = (await import(new URL('evaluate.mjs', BENCH_DIR).href)) as Evaluator
  const oursF1 = evaluator.evaluate(truth, ours, { nBootstrap: 0 }).metrics.f1
  const peerF1 = evaluator.evaluate(truth, peer, { nBootstrap: 0 }).metrics.f1
  const oursRate = median(throughput(pages, passes, (p) => extractPage(p.html)))
  const peerRate = median(throughput(pages, passes, (p) => readabilityText(p.html)))
  const peerName = 'Readability.js 0.6 + linkedom'
  return [
    {
      figure: 'extraction speed, 181 benchmark pages',
      value: rate(oursRate, 'pages/s'),
      peer: peerName,
      peerValue: rate(peerRate, 'pages/s'),
      ratio: `${(oursRate / peerRate).toFixed(2)}×`,
    },
    {
      figure: 'extraction body F1, 181 benchmark pages',
      value: oursF1.toFixed(3),
      peer: peerName,
      peerValue: peerF1.toFixed(3),
      ratio: `${(oursF1 / peerF1).toFixed(3)}×`,
    },
  ]
}
