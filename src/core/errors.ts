/**
 * One error type for everything Watchdesk reports to a user. `code` is stable snake_case (API
 * bodies and CLI failure lists carry it); `status` is the HTTP status it maps to; messages quote
 * the offending value.
 */
export class AppError extends Error {
  readonly code: string
  readonly status: number
  /** False for errors a user caused (bad input): they are not logged as faults. */
  readonly isReportable: boolean

  constructor(
    code: string,
    message: string,
    options: { status?: number; isReportable?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.code = code
    this.status = options.status ?? 500
    this.isReportable = options.isReportable ?? this.status >= 500
  }
}

/** A resource that does not exist. */
export class NotFoundError extends AppError {
  constructor(message: string, code = 'not_found') {
    super(code, message, { status: 404 })
  }
}

/** Input that cannot be used as given. */
export class ValidationError extends AppError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(options.code ?? 'invalid_input', message, { status: 400, cause: options.cause })
  }
}

/** A page or document that could not be turned into an article. */
export class ExtractionError extends AppError {
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(options.code ?? 'extraction_failed', message, { status: 422, cause: options.cause })
  }
}

/**
 * The stable code of anything thrown: an {@link AppError}'s own code, `timeout` for an aborted
 * or timed-out operation, `other` for the rest. Metrics count failures by it.
 */
export function errorCode(error: unknown): string {
  if (error instanceof AppError) {
    return error.code
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return 'timeout'
  }
  return 'other'
}

/** The message of anything thrown. */
export function getMessage(error: unknown): string {
  if (error instanceof Error) {
    return error.message
  }
  return typeof error === 'string' ? error : JSON.stringify(error)
}
