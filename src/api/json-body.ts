/**
 * Reads a request's JSON body against a zod schema, for routes that take JSON outside the
 * OpenAPI-described ones: not JSON, or the first field that does not fit, is a 400 naming it.
 * @module
 */

import type { z } from 'zod'
import { ValidationError } from '../core/errors.ts'

/** The body, parsed and checked; a {@link ValidationError} ("title: Too big…") otherwise. */
export async function jsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const raw: unknown = await request.json().catch(() => {
    throw new ValidationError('the body must be JSON')
  })
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ValidationError(
      `${issue?.path.length ? issue.path.join('.') : 'body'}: ${issue?.message ?? 'invalid'}`,
    )
  }
  return parsed.data
}
