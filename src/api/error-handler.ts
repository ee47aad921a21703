import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { AppError, getMessage } from '../core/errors.ts'
import { logger } from '../core/logger.ts'

/** The JSON body of every API error. */
export interface ErrorBody {
  ok: false
  error: string
  status: number
  message: string
}

/**
 * The one place API errors become responses: `{ ok: false, error, status, message }`. Errors a
 * user caused carry their own message; the details of anything else go to the log only.
 */
export function handleError(error: unknown, c: Context): Response {
  if (error instanceof AppError) {
    if (error.isReportable) {
      logger.error(`${c.req.method} ${c.req.path}: ${getMessage(error)}`)
    }
    const message = error.isReportable ? 'internal error' : error.message
    return c.json<ErrorBody>(
      { ok: false, error: error.code, status: error.status, message },
      error.status as 400,
    )
  }
  if (error instanceof HTTPException) {
    return c.json<ErrorBody>(
      { ok: false, error: 'http_error', status: error.status, message: error.message },
      error.status,
    )
  }
  logger.error(
    `${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : getMessage(error)}`,
  )
  return c.json<ErrorBody>(
    { ok: false, error: 'internal_error', status: 500, message: 'internal error' },
    500,
  )
}
