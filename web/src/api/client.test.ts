import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import {
  getActor,
  getArticle,
  getJson,
  getRelatedArticles,
  listArticles,
  listSources,
  searchArticles,
} from './client'

/** A fake fetch that records the requested URLs and answers with `respond`. */
function fakeFetch(respond: (url: string) => Response | Promise<Response>) {
  const urls: string[] = []
  const fetch = (input: RequestInfo | URL): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    urls.push(url)
    return Promise.resolve(respond(url))
  }
  return { urls, fetch }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('API client', () => {
  it('builds the URLs of the contract', async () => {
    const { urls, fetch } = fakeFetch(() => json({ total: 0, items: [] }))
    await listArticles({ limit: 20, offset: 40 }, { fetch })
    await searchArticles('Pashinyan & CSTO', { limit: 20, offset: 0 }, { fetch })
    await getArticle('a/1', { fetch })
    await getActor('armgov pm', { limit: 20, offset: 20 }, { fetch })
    await listSources({ fetch })
    await getRelatedArticles('a/1', 8, { fetch })
    await getRelatedArticles('cw-1', undefined, { fetch })
    expect(urls).toEqual([
      '/api/articles?limit=20&offset=40',
      '/api/search?q=Pashinyan+%26+CSTO&limit=20&offset=0',
      '/api/articles/a%2F1',
      '/api/actors/armgov%20pm?limit=20&offset=20',
      '/api/sources',
      '/api/articles/a%2F1/related?limit=8',
      '/api/articles/cw-1/related?limit=8',
    ])
  })

  it('returns the parsed body', async () => {
    const { fetch } = fakeFetch(() => json({ total: 1, items: [{ id: 'x' }] }))
    await expect(listArticles({ limit: 1, offset: 0 }, { fetch })).resolves.toEqual({
      total: 1,
      items: [{ id: 'x' }],
    })
  })

  it('returns the related articles with their reasons', async () => {
    const item = {
      id: 'b',
      score: 4.5,
      reasons: { actors: ['csto'], eventRoots: ['19'], terms: ['weapons'] },
    }
    const { fetch } = fakeFetch(() => json({ items: [item] }))
    await expect(getRelatedArticles('a', 3, { fetch })).resolves.toEqual({ items: [item] })
  })

  it('turns an API error body into an ApiError with its code and message', async () => {
    const { fetch } = fakeFetch(() =>
      json({ ok: false, error: 'not_found', message: 'No article "zz"' }, 404),
    )
    const error = await getArticle('zz', { fetch }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'No article "zz"' })
  })

  it('reports a non-JSON error response by its status', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
    )
    await expect(getJson('/api/x', { fetch })).rejects.toMatchObject({
      status: 502,
      code: 'http_error',
      message: 'The server answered 502 Bad Gateway',
    })
  })

  it('reports a successful response that is not JSON', async () => {
    const { fetch } = fakeFetch(() => new Response('<!doctype html>', { status: 200 }))
    await expect(getJson('/api/x', { fetch })).rejects.toMatchObject({
      status: 0,
      code: 'bad_response',
    })
  })

  it('reports a network failure', async () => {
    const fetch = (() => Promise.reject(new TypeError('fetch failed'))) as typeof globalThis.fetch
    await expect(getJson('/api/x', { fetch })).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    })
  })

  it('lets an abort through untouched', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError')
    const fetch = (() => Promise.reject(abort)) as typeof globalThis.fetch
    await expect(getJson('/api/x', { fetch })).rejects.toBe(abort)
  })

  it('passes the abort signal to fetch', async () => {
    const controller = new AbortController()
    let seen: AbortSignal | null | undefined
    const fetch = ((_: RequestInfo | URL, init?: RequestInit) => {
      seen = init?.signal
      return Promise.resolve(json({}))
    }) as typeof globalThis.fetch
    await getJson('/api/x', { fetch, signal: controller.signal })
    expect(seen).toBe(controller.signal)
  })
})
