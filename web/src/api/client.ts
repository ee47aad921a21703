/**
 * Typed client for the Watchdesk HTTP API (same origin, under `/api`). Every function rejects
 * with an {@link ApiError}; pass the route loader's `signal` so abandoned requests are cancelled.
 * @module
 */

import { ApiError, isApiErrorBody } from './api-error'
import type {
  ActorDetails,
  ArticleRecord,
  ArticleSummary,
  Page,
  RelatedList,
  SearchResult,
  SourceList,
} from './types'

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
export async function listArticles(
  page: PageParams,
  options: RequestOptions = {},
): Promise<Page<ArticleSummary>> {
  return (await getJson(`/api/articles?${pageQuery(page)}`, options)) as Page<ArticleSummary>
}

/** Fetches one Article Record. */
export async function getArticle(id: string, options: RequestOptions = {}): Promise<ArticleRecord> {
  return (await getJson(`/api/articles/${encodeURIComponent(id)}`, options)) as ArticleRecord
}

/** How many related articles the article page asks for. */
export const RELATED_LIMIT = 8

/** Fetches the articles related to one ("See Also"), best first, with why each was chosen. */
export async function getRelatedArticles(
  id: string,
  limit = RELATED_LIMIT,
  options: RequestOptions = {},
): Promise<RelatedList> {
  const query = new URLSearchParams({ limit: String(limit) })
  const path = `/api/articles/${encodeURIComponent(id)}/related?${query.toString()}`
  return (await getJson(path, options)) as RelatedList
}

/** Runs a full-text search. */
export async function searchArticles(
  q: string,
  page: PageParams,
  options: RequestOptions = {},
): Promise<Page<SearchResult>> {
  const query = new URLSearchParams({ q })
  const path = `/api/search?${query.toString()}&${pageQuery(page)}`
  return (await getJson(path, options)) as Page<SearchResult>
}

/** Fetches an actor and one page of the articles that mention it, newest first. */
export async function getActor(
  id: string,
  page: PageParams,
  options: RequestOptions = {},
): Promise<ActorDetails> {
  const path = `/api/actors/${encodeURIComponent(id)}?${pageQuery(page)}`
  return (await getJson(path, options)) as ActorDetails
}

/** Lists every watched source with its health, oldest first. */
export async function listSources(options: RequestOptions = {}): Promise<SourceList> {
  return (await getJson('/api/sources', options)) as SourceList
}

/**
 * GETs `path` and parses the JSON answer; errors are normalised to {@link ApiError}. The
 * functions above trust the shape of a successful answer: the API is typed by the same contract.
 */
export async function getJson(path: string, options: RequestOptions = {}): Promise<unknown> {
  const doFetch = options.fetch ?? fetch
  const init: RequestInit = { headers: { accept: 'application/json' } }
  if (options.signal) {
    init.signal = options.signal
  }
  let response: Response
  try {
    response = await doFetch(path, init)
  } catch (e: unknown) {
    if (isAbort(e)) {
      throw e
    }
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
  return body
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
