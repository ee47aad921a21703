import { describe, expect, it } from 'vitest'
import { ApiError, explainError, isApiErrorBody } from './api-error'

describe('isApiErrorBody', () => {
  it('recognises the API error shape', () => {
    expect(isApiErrorBody({ ok: false, error: 'not_found', message: 'No article' })).toBe(true)
    expect(isApiErrorBody({ ok: true })).toBe(false)
    expect(isApiErrorBody({ ok: false })).toBe(false)
    expect(isApiErrorBody(null)).toBe(false)
    expect(isApiErrorBody('error')).toBe(false)
  })
})

describe('explainError', () => {
  it('explains a 404 as not found, without retry', () => {
    const e = new ApiError(404, 'not_found', 'No article with id "x"')
    expect(explainError(e)).toEqual({
      title: 'Not found',
      detail: 'No article with id "x"',
      retryable: false,
    })
  })

  it('offers a retry for network and server errors', () => {
    expect(explainError(new ApiError(0, 'network_error', 'down'))).toMatchObject({
      title: 'Cannot reach the server',
      retryable: true,
    })
    expect(explainError(new ApiError(503, 'unavailable', 'busy'))).toMatchObject({
      title: 'The server had a problem',
      retryable: true,
    })
  })

  it('explains a refused request', () => {
    expect(explainError(new ApiError(400, 'invalid_query', 'q is required'))).toEqual({
      title: 'The request was refused',
      detail: 'q is required',
      retryable: false,
    })
  })

  it('explains anything else thrown', () => {
    expect(explainError(new TypeError('x is undefined'))).toMatchObject({
      detail: 'x is undefined',
    })
    expect(explainError('boom')).toMatchObject({ title: 'Something went wrong', detail: 'boom' })
  })
})
