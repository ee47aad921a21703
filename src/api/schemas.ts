import { z } from '@hono/zod-openapi'

/** Paging parameters shared by every list. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20).openapi({ example: 20 }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ example: 0 }),
})

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    source: z.object({ name: z.string().nullable(), domain: z.string().nullable() }),
    byline: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string(),
    excerpt: z.string(),
  })
  .openapi('ArticleSummary')

export const SearchHitSchema = ArticleSummarySchema.extend({
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
}).openapi('SearchHit')

export const ErrorSchema = z
  .object({
    ok: z.literal(false),
    error: z.string().openapi({ example: 'not_found' }),
    status: z.number().int(),
    message: z.string(),
  })
  .openapi('Error')

/** A JSON error response, for the `responses` of a route. */
export function errorResponse(description: string): {
  description: string
  content: { 'application/json': { schema: typeof ErrorSchema } }
} {
  return { description, content: { 'application/json': { schema: ErrorSchema } } }
}

/** A `{ total, items }` page of a schema. */
export function pageOf<T extends z.ZodType>(
  item: T,
): z.ZodObject<{ total: z.ZodNumber; items: z.ZodArray<T> }> {
  return z.object({ total: z.number().int(), items: z.array(item) })
}
