/**
 * The five invented outlets of the demo corpus (docs/demo-corpus.md). Domains use the reserved
 * `.example` top-level domain.
 */
import type { OutletId } from './article-source.ts'

/** The byte encodings the outlets serve their pages in. */
export type PageCharset = 'utf-8' | 'windows-1251'

/** What every template needs to know about its outlet. */
export interface Outlet {
  readonly id: OutletId
  readonly name: string
  readonly domain: string
  /** First year in the footer's copyright line. */
  readonly founded: number
  /** BCP 47 language of the site's articles. */
  readonly language: 'en' | 'ru'
  /** Encoding of the page bytes, declared in the page's own `<meta>`. */
  readonly charset: PageCharset
}

/** The outlets by id. */
export const OUTLETS: Readonly<Record<OutletId, Outlet>> = {
  scm: {
    id: 'scm',
    name: 'South Caucasus Monitor',
    domain: 'scmonitor.example',
    founded: 2016,
    language: 'en',
    charset: 'utf-8',
  },
  kura: {
    id: 'kura',
    name: 'Kura Review',
    domain: 'kurareview.example',
    founded: 2014,
    language: 'en',
    charset: 'utf-8',
  },
  bsd: {
    id: 'bsd',
    name: 'Black Sea Dispatch',
    domain: 'blackseadispatch.example',
    founded: 2011,
    language: 'en',
    charset: 'utf-8',
  },
  kvs: {
    id: 'kvs',
    name: 'Кавказский вестник',
    domain: 'kavkazvestnik.example',
    founded: 2008,
    language: 'ru',
    charset: 'windows-1251',
  },
  tbl: {
    id: 'tbl',
    name: 'Tbilisi Ledger',
    domain: 'tbilisiledger.example',
    founded: 2019,
    language: 'en',
    charset: 'utf-8',
  },
}

/** `https://<domain>` of an outlet, without a trailing slash. */
export function siteOrigin(outlet: OutletId): string {
  return `https://${OUTLETS[outlet].domain}`
}
