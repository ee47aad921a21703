/**
 * Calls that change data (POST, PUT, PATCH, DELETE) with a JSON body. The browser sends the session
 * cookie and `Origin`/`Sec-Fetch-Site` itself, which is what the server's CSRF check reads.
 * @module
 */

import { ApiError, isApiErrorBody } from './api-error'
import { readJson, type RequestOptions } from './client'

/** Sends `body` as JSON and returns the answer's JSON; rejects with an {@link ApiError}. */
export async function sendJson(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<unknown> {
  const doFetch = options.fetch ?? fetch
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
  }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
  }
  if (options.signal) {
    init.signal = options.signal
  }
  let response: Response
  try {
    response = await doFetch(path, init)
  } catch (e: unknown) {
    throw new ApiError(0, 'network_error', 'The server did not answer. Is Watchdesk running?', {
      cause: e,
    })
  }
  const answer = await readJson(response)
  if (!response.ok) {
    if (isApiErrorBody(answer)) {
      throw new ApiError(response.status, answer.error, answer.message || answer.error)
    }
    throw new ApiError(
      response.status,
      'http_error',
      `The server answered ${String(response.status)}`,
    )
  }
  return answer
}
