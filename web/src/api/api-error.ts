/**
 * The one error type of the API client, and how to explain it to a reader.
 * @module
 */

import type { ApiErrorBody } from './types'

/** A failed API call: an error response (`status` ≥ 400) or no usable response (`status` 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** HTTP status, or 0 when the server could not be reached or answered garbage. */
  readonly status: number
  /** Stable snake_case code from the server (`not_found`, …) or from the client (`network_error`). */
  readonly code: string

  constructor(status: number, code: string, message: string, options?: { cause: unknown }) {
    super(message, options)
    this.status = status
    this.code = code
  }
}

/** What the UI shows for an error: a short title and a sentence of detail. */
export interface ErrorExplanation {
  title: string
  detail: string
  /** True when retrying the same request may help (network trouble, server errors). */
  retryable: boolean
}

/** Whether a parsed JSON value has the shape of the API's error body. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) {
    return false
  }
  const body = value as Record<string, unknown>
  return body.ok === false && typeof body.error === 'string'
}

/** Turns anything thrown while loading a page into words for the reader. */
export function explainError(error: unknown): ErrorExplanation {
  if (error instanceof ApiError) {
    if (error.status === 404) {
      return { title: 'Not found', detail: error.message, retryable: false }
    }
    if (error.status === 0) {
      return { title: 'Cannot reach the server', detail: error.message, retryable: true }
    }
    if (error.status >= 500) {
      return { title: 'The server had a problem', detail: error.message, retryable: true }
    }
    return { title: 'The request was refused', detail: error.message, retryable: false }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { title: 'Something went wrong', detail, retryable: true }
}
