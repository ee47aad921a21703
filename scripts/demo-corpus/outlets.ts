/**
 * The three invented outlets of the demo corpus (docs/demo-corpus.md). Domains use the reserved
 * `.example` top-level domain.
 */
import type { OutletId } from './article-source.ts'

/** What every template needs to know about its outlet. */
export interface Outlet {
  readonly id: OutletId
  readonly name: string
  readonly domain: string
  /** First year in the footer's copyright line. */
  readonly founded: number
}

/** The outlets by id. */
export const OUTLETS: Readonly<Record<OutletId, Outlet>> = {
  scm: { id: 'scm', name: 'South Caucasus Monitor', domain: 'scmonitor.example', founded: 2016 },
  kura: { id: 'kura', name: 'Kura Review', domain: 'kurareview.example', founded: 2014 },
  bsd: { id: 'bsd', name: 'Black Sea Dispatch', domain: 'blackseadispatch.example', founded: 2011 },
}

/** `https://<domain>` of an outlet, without a trailing slash. */
export function siteOrigin(outlet: OutletId): string {
  return `https://${OUTLETS[outlet].domain}`
}
