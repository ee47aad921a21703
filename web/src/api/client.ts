/**
 * Typed client for the Watchdesk HTTP API (same origin, under `/api`). Every function rejects
 * with an {@link ApiError}; pass the route loader's `signal` so abandoned requests are cancelled.
 * @module
 */

import { ApiError, isApiErrorBody } from './api-error'
import type {
  ActorActivity,
  ActorDetails,
  ActorNetwork,
  Dashboard,
  DyadEvent,
  DyadTimeline,
  Eligibility,
  Organisation,
  SearchPage,
  StatementThread,
  Story,
  ThreadStatement,
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

/** Fetches the dashboard: latest articles and statements, active actors, tensions by dyad. */
export async function getDashboard(options: RequestOptions = {}): Promise<Dashboard> {
  return (await getJson('/api/dashboard', options)) as Dashboard
}

/** Fetches a statement's thread across articles. */
export async function getThread(
  id: string,
  options: RequestOptions = {},
): Promise<StatementThread> {
  return (await getJson(
    `/api/statements/${encodeURIComponent(id)}/thread`,
    options,
  )) as StatementThread
}

/** Dates a query is limited to, `YYYY-MM-DD`. */
export interface DayRange {
  from?: string | undefined
  to?: string | undefined
}

function rangeQuery(range: DayRange): URLSearchParams {
  const query = new URLSearchParams()
  if (range.from) {
    query.set('from', range.from)
  }
  if (range.to) {
    query.set('to', range.to)
  }
  return query
}

/** Fetches a dyad's timeline (`ARM-AZE`). */
export async function getDyad(
  pair: string,
  range: DayRange,
  options: RequestOptions = {},
): Promise<DyadTimeline> {
  const path = `/api/dyads/${encodeURIComponent(pair)}?${rangeQuery(range).toString()}`
  return (await getJson(path, options)) as DyadTimeline
}

/** Fetches one page of a dyad's events. */
export async function getDyadEvents(
  pair: string,
  range: DayRange,
  page: PageParams,
  options: RequestOptions = {},
): Promise<Page<DyadEvent>> {
  const path = `/api/dyads/${encodeURIComponent(pair)}/events?${rangeQuery(range).toString()}&${pageQuery(page)}`
  return (await getJson(path, options)) as Page<DyadEvent>
}

/** Fetches the actor network within dates. */
export async function getNetwork(
  range: DayRange,
  options: RequestOptions = {},
): Promise<ActorNetwork> {
  return (await getJson(`/api/network?${rangeQuery(range).toString()}`, options)) as ActorNetwork
}

/** Fetches an actor's statements, answers and counterparts. */
export async function getActorActivity(
  id: string,
  options: RequestOptions = {},
): Promise<ActorActivity> {
  return (await getJson(`/api/actors/${encodeURIComponent(id)}/activity`, options)) as ActorActivity
}

/** Fetches the answers other articles gave to an article's statements. */
export async function getResponses(
  id: string,
  options: RequestOptions = {},
): Promise<ThreadStatement[]> {
  const body = (await getJson(`/api/articles/${encodeURIComponent(id)}/responses`, options)) as {
    items: ThreadStatement[]
  }
  return body.items
}

/** Fetches the story an article belongs to. */
export async function getStory(id: string, options: RequestOptions = {}): Promise<Story> {
  return (await getJson(`/api/articles/${encodeURIComponent(id)}/story`, options)) as Story
}

/** Fetches an organisation's memberships over time and its rules. */
export async function getOrganisation(
  id: string,
  options: RequestOptions = {},
): Promise<Organisation> {
  return (await getJson(`/api/orgs/${encodeURIComponent(id)}`, options)) as Organisation
}

/** Asks whether a state meets an organisation's rules for a status on a date. */
export async function getEligibility(
  org: string,
  query: { candidate: string; status: string; on?: string | undefined },
  options: RequestOptions = {},
): Promise<Eligibility> {
  const params = new URLSearchParams({ candidate: query.candidate, status: query.status })
  if (query.on) {
    params.set('on', query.on)
  }
  const path = `/api/orgs/${encodeURIComponent(org)}/eligibility?${params.toString()}`
  return (await getJson(path, options)) as Eligibility
}

/** Runs a search with the filters of the search page's URL, facets included. */
export async function searchWithFacets(
  params: URLSearchParams,
  page: PageParams,
  options: RequestOptions = {},
): Promise<SearchPage> {
  const query = new URLSearchParams(params)
  query.delete('page')
  return (await getJson(
    `/api/search?${query.toString()}&${pageQuery(page)}`,
    options,
  )) as SearchPage
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
export async function readJson(response: Response): Promise<unknown> {
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
