/**
 * Paging state kept in the URL (`?page=2`, 1-based) and turned into API `limit`/`offset`.
 * @module
 */

import type { PageParams } from '../api/client'

/** Articles per page on every list. */
export const PAGE_SIZE = 20

/** Reads `?page=` (1-based); anything that is not a positive integer counts as page 1. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('page')
  if (raw === null || !/^\d+$/.test(raw)) {
    return 1
  }
  const page = Number(raw)
  return page >= 1 && Number.isSafeInteger(page) ? page : 1
}

/** The API slice for a 1-based page. */
export function pageParams(page: number, size = PAGE_SIZE): PageParams {
  return { limit: size, offset: (page - 1) * size }
}

/** How many pages `total` items fill (at least 1, so an empty list still has a page). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size))
}

/** The search string for another page, keeping the other parameters (page 1 drops `page`). */
export function pageSearch(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params)
  if (page <= 1) {
    next.delete('page')
  } else {
    next.set('page', String(page))
  }
  const text = next.toString()
  return text ? `?${text}` : ''
}
