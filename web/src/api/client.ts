/**
 * Typed client for the Watchdesk HTTP API (same origin, under `/api`). Every function rejects
 * with an {@link ApiError}; pass the route loader's `signal` so abandoned requests are cancelled.
 * @module
 */

import { ApiError, isApiErrorBody } from './api-error'
import type { ActorDetails, ArticleRecord, ArticleSummary, Page, SearchResult } from './types'

/** Options shared by every call. */
export interface RequestOptions {
  signal?: AbortSignal
  /** Replaces the global `fetch` (tests). */
  fetch?: typeof fetch
}

/** Which slice of a list to fetch. */
export interface PageParams {
  limit: number
  offset: number
}

/** Lists the latest articles, newest first. */
export function listArticles(
  page: PageParams,
  options: RequestOptions = {},
): Promise<Page<ArticleSummary>> {
  return getJson(`/api/articles?${pageQuery(page)}`, options)
}

/** Fetches one Article Record. */
export function getArticle(id: string, options: RequestOptions = {}): Promise<ArticleRecord> {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, options)
}

/** Runs a full-text search. */
export function searchArticles(
  q: string,
  page: PageParams,
  options: RequestOptions = {},
): Promise<Page<SearchResult>> {
  const query = new URLSearchParams({ q })
  return getJson(`/api/search?${query.toString()}&${pageQuery(page)}`, options)
}

/** Fetches an actor and the articles that mention it. */
export function getActor(id: string, options: RequestOptions = {}): Promise<ActorDetails> {
  return getJson(`/api/actors/${encodeURIComponent(id)}`, options)
}

/**
 * GETs `path` and parses the JSON answer. The shape is trusted (the API is typed by the same
 * contract); errors are normalised to {@link ApiError}.
 */
export async function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const doFetch = options.fetch ?? fetch
  const init: RequestInit = { headers: { accept: 'application/json' } }
  if (options.signal) init.signal = options.signal
  let response: Response
  try {
    response = await doFetch(path, init)
  } catch (e: unknown) {
    if (isAbort(e)) throw e
    throw new ApiError(0, 'network_error', 'The server did not answer. Is Watchdesk running?', {
      cause: e,
    })
  }
  const body = await readJson(response)
  if (!response.ok) {
    if (isApiErrorBody(body)) {
      throw new ApiError(response.status, body.error, body.message || body.error)
    }
    throw new ApiError(
      response.status,
      'http_error',
      `The server answered ${String(response.status)} ${response.statusText}`.trim(),
    )
  }
  if (body === undefined) {
    throw new ApiError(0, 'bad_response', `The server sent something that is not JSON for ${path}`)
  }
  return body as T
}

/** Parses a response body as JSON; `undefined` when it is not JSON. */
async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return undefined
  }
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError'
}

function pageQuery({ limit, offset }: PageParams): string {
  return new URLSearchParams({ limit: String(limit), offset: String(offset) }).toString()
}
