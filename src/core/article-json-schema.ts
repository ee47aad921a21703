import { z } from '@hono/zod-openapi'
import { ARTICLE_SCHEMA } from './article.ts'
import { ArticleRecordSchema } from './article-schema.ts'

/** The Article Record as a JSON Schema (draft 2020-12) document. */
export function articleRecordJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://watchdesk.dev/schema/${ARTICLE_SCHEMA.replace('/', '-')}.schema.json`,
    title: 'Watchdesk Article Record v1',
    description:
      'One article as a record of who is mentioned, who said what, who answered whom and what happened. See docs/article-record.md.',
    ...z.toJSONSchema(ArticleRecordSchema, { target: 'draft-2020-12' }),
  }
}
