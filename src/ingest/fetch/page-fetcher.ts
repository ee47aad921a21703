import { AppError, getMessage } from '../../core/errors.ts'
import { assertFetchable } from './address-guard.ts'
import { isAllowed, parseRobots, type RobotsRules } from './robots.ts'

/** How the fetcher behaves; every field has a polite default. */
export interface FetcherOptions {
  userAgent: string
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
  retries: number
  /** Least time between two requests to one host. */
  perHostDelayMs: number
  allowPrivate: boolean
  respectRobots: boolean
}

/** Validators of an earlier fetch, for a conditional GET. */
export interface Validators {
  etag?: string | null
  lastModified?: string | null
}

/** What a fetch brought back. */
export type FetchResult =
  | {
      status: 'ok'
      url: string
      bytes: Uint8Array
      contentType: string | null
      etag: string | null
      lastModified: string | null
    }
  | { status: 'not_modified'; url: string }

const DEFAULTS: FetcherOptions = {
  userAgent: 'Watchdesk/0.1 (+https://watchdesk.dev/bot; news monitoring)',
  timeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  perHostDelayMs: 1_000,
  allowPrivate: process.env.WATCHDESK_ALLOW_PRIVATE === '1',
  respectRobots: true,
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Fetches pages and feeds politely: a clear User-Agent, robots.txt, a per-host delay,
 * conditional GET (a 304 brings nothing), timeouts, retries with backoff on network errors,
 * 429 and 5xx, a redirect limit with the SSRF guard on every hop, and a size limit.
 * Compressed bodies (gzip, brotli) are decoded by the HTTP client.
 *
 * @example
 * const fetcher = new PageFetcher({ allowPrivate: true })
 * const result = await fetcher.fetch('http://127.0.0.1:8080/feed.xml')
 */
export class PageFetcher {
  readonly options: FetcherOptions
  readonly #nextSlot = new Map<string, number>()
  readonly #robots = new Map<string, Promise<RobotsRules>>()
  /** Per-host delays a robots.txt Crawl-delay asked for (capped at 30 s). */
  readonly #hostDelay = new Map<string, number>()

  constructor(options: Partial<FetcherOptions> = {}) {
    this.options = { ...DEFAULTS, ...options }
  }

  async fetch(href: string, validators: Validators = {}): Promise<FetchResult> {
    let url: URL
    try {
      url = new URL(href)
    } catch {
      throw new AppError('invalid_url', `"${href}" is not a URL`, { status: 400 })
    }
    // The SSRF guard speaks first: a refused address is not a robots.txt matter.
    await assertFetchable(url, this.options.allowPrivate)
    if (this.options.respectRobots && !(await this.#robotsAllow(url))) {
      throw new AppError(
        'robots_disallowed',
        `robots.txt of ${url.host} disallows ${url.pathname}`,
        { status: 403 },
      )
    }
    let attempt = 0
    for (;;) {
      try {
        return await this.#fetchFollowing(url, validators)
      } catch (error: unknown) {
        const retryable =
          error instanceof AppError
            ? error.code === 'fetch_failed' || error.code === 'http_retryable'
            : true
        if (!retryable || attempt >= this.options.retries) {
          throw error
        }
        attempt++
        await sleep(Math.min(30_000, 500 * 2 ** attempt))
      }
    }
  }

  async #fetchFollowing(start: URL, validators: Validators): Promise<FetchResult> {
    let url = start
    for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
      await assertFetchable(url, this.options.allowPrivate)
      await this.#waitForSlot(url.host)
      const response = await this.#request(url, validators)
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location')
        await response.body?.cancel()
        if (!location) {
          throw new AppError(
            'http_error',
            `${url.href} answered ${response.status} without a Location`,
            { status: 502 },
          )
        }
        url = new URL(location, url)
        continue
      }
      if (response.status === 304) {
        await response.body?.cancel()
        return { status: 'not_modified', url: url.href }
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel()
        throw new AppError('http_retryable', `${url.href} answered ${response.status}`, {
          status: 502,
        })
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new AppError('http_error', `${url.href} answered ${response.status}`, { status: 502 })
      }
      return {
        status: 'ok',
        url: url.href,
        bytes: await this.#readLimited(response, url),
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      }
    }
    throw new AppError(
      'too_many_redirects',
      `${start.href} redirected more than ${this.options.maxRedirects} times`,
      { status: 502 },
    )
  }

  async #request(url: URL, validators: Validators): Promise<Response> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept:
        'text/html,application/xhtml+xml,application/xml;q=0.9,application/feed+json;q=0.9,*/*;q=0.5',
      'accept-encoding': 'gzip, br, deflate',
    }
    if (validators.etag) {
      headers['if-none-match'] = validators.etag
    }
    if (validators.lastModified) {
      headers['if-modified-since'] = validators.lastModified
    }
    try {
      return await fetch(url, {
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
    } catch (error: unknown) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      throw new AppError(
        'fetch_failed',
        timedOut
          ? `${url.href} did not answer within ${this.options.timeoutMs} ms`
          : `cannot fetch ${url.href}: ${getMessage(error)}`,
        { status: 502, cause: error },
      )
    }
  }

  async #readLimited(response: Response, url: URL): Promise<Uint8Array> {
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > this.options.maxBytes) {
      await response.body?.cancel()
      throw new AppError(
        'too_large',
        `${url.href} is ${declared} bytes, over the ${this.options.maxBytes}-byte limit`,
        { status: 502 },
      )
    }
    const chunks: Uint8Array[] = []
    let total = 0
    if (!response.body) {
      return new Uint8Array()
    }
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength
      if (total > this.options.maxBytes) {
        await response.body.cancel().catch(() => undefined)
        throw new AppError(
          'too_large',
          `${url.href} sent more than ${this.options.maxBytes} bytes`,
          { status: 502 },
        )
      }
      chunks.push(chunk)
    }
    return Buffer.concat(chunks)
  }

  async #waitForSlot(host: string): Promise<void> {
    const now = Date.now()
    const slot = Math.max(now, this.#nextSlot.get(host) ?? 0)
    this.#nextSlot.set(
      host,
      slot + Math.max(this.options.perHostDelayMs, this.#hostDelay.get(host) ?? 0),
    )
    if (slot > now) {
      await sleep(slot - now)
    }
  }

  /** robots.txt per origin, fetched once: 4xx allows all; unreachable disallows all (RFC 9309). */
  #robotsAllow(url: URL): Promise<boolean> {
    let rules = this.#robots.get(url.origin)
    if (!rules) {
      rules = this.#loadRobots(new URL('/robots.txt', url.origin))
      this.#robots.set(url.origin, rules)
    }
    return rules.then((r) => {
      if (r.crawlDelay !== null) {
        this.#hostDelay.set(url.host, Math.min(30_000, r.crawlDelay * 1000))
      }
      return isAllowed(r, url.pathname + url.search)
    })
  }

  async #loadRobots(robotsUrl: URL): Promise<RobotsRules> {
    const token = this.options.userAgent.split('/')[0] ?? 'Watchdesk'
    try {
      await assertFetchable(robotsUrl, this.options.allowPrivate)
      const response = await fetch(robotsUrl, {
        headers: { 'user-agent': this.options.userAgent },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
      if (response.status >= 400 && response.status < 500) {
        await response.body?.cancel()
        return { allow: [], disallow: [], crawlDelay: null }
      }
      if (!response.ok) {
        await response.body?.cancel()
        return { allow: [], disallow: ['/'], crawlDelay: null }
      }
      const rules = parseRobots((await response.text()).slice(0, 500_000), token)
      return rules
    } catch {
      return { allow: [], disallow: ['/'], crawlDelay: null }
    }
  }
}
