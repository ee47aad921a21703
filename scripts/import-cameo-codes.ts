/**
 * Converts the CAMEO code table (code, name, Goldstein value, quad class, PLOVER mapping) from
 * ../shared/eval/event-coding/cameo-codes.tsv into kb/cameo/event-codes.json, the form the
 * event stages load. Run once when the table changes: `npx tsx scripts/import-cameo-codes.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs'

const source = process.argv[2] ?? '../shared/eval/event-coding/cameo-codes.tsv'
const lines = readFileSync(source, 'utf8').trim().split('\n').slice(1)
const codes = lines.map((line) => {
  const [code, name, goldstein, , root, quad, plover] = line.split('\t')
  const [ploverType, ploverMode] = (plover ?? '').split('|')
  return {
    code,
    root,
    label: (name ?? '')
      .replace(/, not specified below$/i, '')
      .replace(/^([A-Z ]+)$/, (all) => all.charAt(0) + all.slice(1).toLowerCase()),
    goldstein: goldstein === '' ? null : Number(goldstein),
    quad,
    plover: ploverType && ploverType !== 'dropped' ? ploverType : null,
    ploverMode: ploverMode === undefined || ploverMode === '' ? null : ploverMode,
  }
})
writeFileSync('kb/cameo/event-codes.json', `${JSON.stringify(codes, null, 1)}\n`)
console.log(`wrote ${codes.length} codes to kb/cameo/event-codes.json`)
