import { describe, expect, it } from 'vitest'
import { pageCount, pageParams, pageSearch, readPage } from './paging'

describe('readPage', () => {
  it('reads a positive page number', () => {
    expect(readPage(new URLSearchParams('page=3'))).toBe(3)
  })

  it('falls back to page 1 for missing or bad values', () => {
    for (const search of ['', 'page=', 'page=0', 'page=-2', 'page=2.5', 'page=abc', 'page=1e3']) {
      expect(readPage(new URLSearchParams(search))).toBe(1)
    }
    expect(readPage(new URLSearchParams('page=99999999999999999999'))).toBe(1)
  })
})

describe('pageParams', () => {
  it('turns a page into limit and offset', () => {
    expect(pageParams(1)).toEqual({ limit: 20, offset: 0 })
    expect(pageParams(3, 10)).toEqual({ limit: 10, offset: 20 })
  })
})

describe('pageCount', () => {
  it('rounds up and is at least 1', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(20)).toBe(1)
    expect(pageCount(21)).toBe(2)
  })
})

describe('pageSearch', () => {
  it('keeps other parameters and drops page 1', () => {
    const params = new URLSearchParams('q=CSTO+Bishkek&page=2')
    expect(pageSearch(params, 3)).toBe('?q=CSTO+Bishkek&page=3')
    expect(pageSearch(params, 1)).toBe('?q=CSTO+Bishkek')
    expect(pageSearch(new URLSearchParams('page=2'), 1)).toBe('')
  })
})
