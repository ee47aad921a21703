import { readFileSync } from 'node:fs'

/** One CAMEO event code with its Goldstein value and PLOVER mapping. */
export interface CameoCode {
  code: string
  root: string
  label: string
  goldstein: number | null
  quad: string
  plover: string | null
  ploverMode: string | null
}

let table: Map<string, CameoCode> | null = null

/** The CAMEO code table (kb/cameo/event-codes.json), loaded on first use. */
export function cameoCode(code: string): CameoCode | undefined {
  table ??= new Map(
    (
      JSON.parse(
        readFileSync(new URL('../../../kb/cameo/event-codes.json', import.meta.url), 'utf8'),
      ) as CameoCode[]
    ).map((entry) => [entry.code, entry]),
  )
  return table.get(code)
}
