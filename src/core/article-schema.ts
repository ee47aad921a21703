import { z } from '@hono/zod-openapi'
import { ARTICLE_SCHEMA, type ArticleRecord } from './article.ts'

const offset = z.number().int().min(0)
const nullableString = z.string().nullable()
const actorKind = z.enum(['person', 'organization', 'institution', 'country', 'group'])
const iso3 = z.string().regex(/^[A-Z]{3}$/)
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const party = z
  .object({
    actor: nullableString.describe('Actor id, or null when the name is not resolved.'),
    name: z.string().describe('The name as the article (or the knowledge base) gives it.'),
    cameo: nullableString.describe('CAMEO actor code, e.g. ARMGOV.'),
  })
  .strict()

const eventFields = {
  code: z
    .string()
    .regex(/^\d{2,4}$/)
    .describe('CAMEO event code.'),
  root: z
    .string()
    .regex(/^\d{2}$/)
    .describe('CAMEO root code.'),
  label: z.string(),
  plover: nullableString.describe('PLOVER event type.'),
  goldstein: z.number().min(-10).max(10),
  source: party,
  target: party.nullable(),
  date: day.nullable(),
  location: z
    .object({ name: z.string(), country: iso3, lat: z.number(), lon: z.number() })
    .strict()
    .nullable(),
  start: offset,
  end: offset,
}

const eventSchema = z.object(eventFields).strict()

const hypotheticalEventSchema = z
  .object({
    ...eventFields,
    polarity: z
      .enum(['positive', 'negative'])
      .describe('negative: the text says it did not happen.'),
    modality: z
      .enum(['asserted', 'possible', 'requested', 'alleged'])
      .describe('possible ("can buy"), requested ("urged … to"), alleged ("accused … of").'),
  })
  .strict()

const armsTransferSchema = z
  .object({
    supplier: party.nullable(),
    recipient: party.nullable(),
    weapon: nullableString.describe('The weapon system when named ("CAESAR howitzers").'),
    status: z.enum([
      'delivered',
      'contracted',
      'possible',
      'requested',
      'called-to-stop',
      'negated',
      'alleged',
    ]),
    date: day.nullable(),
    start: offset,
    end: offset,
  })
  .strict()

/**
 * The Article Record as a zod schema: the API validates against it, the OpenAPI document and
 * schema/article-record.schema.json are generated from it (`npm run schema:build`), and the
 * `satisfies` clause keeps it in step with the TypeScript interfaces in article.ts.
 */
export const ArticleRecordSchema = z
  .object({
    schema: z.literal(ARTICLE_SCHEMA).describe('Record format and version.'),
    id: z
      .string()
      .min(1)
      .describe('Stable article id (hash of the canonical URL, else of the text).'),
    url: nullableString.describe('Where the article was read from.'),
    canonicalUrl: nullableString.describe('The URL the page declares as canonical.'),
    source: z
      .object({
        name: nullableString.describe('Outlet name.'),
        domain: nullableString.describe('Outlet domain, without www.'),
      })
      .strict(),
    title: z.string().describe('Headline, without the outlet suffix.'),
    byline: nullableString.describe('Author(s) as printed.'),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/)
      .nullable()
      .describe('Publication date: YYYY-MM-DD or full ISO 8601.'),
    language: z
      .string()
      .regex(/^([a-z]{2}|und)$/)
      .describe('ISO 639-1 code of the body, or "und".'),
    body: z
      .string()
      .describe('Clean text; paragraphs separated by a blank line. All offsets point into it.'),
    actors: z
      .array(
        z
          .object({
            id: z.string(),
            name: z.string(),
            kind: actorKind,
            country: iso3.nullable().describe('ISO 3166 alpha-3.'),
            cameo: nullableString,
            role: nullableString.describe(
              'Role the article gives, or the one held on the publication date.',
            ),
          })
          .strict(),
      )
      .describe('Every actor the article mentions, once each.'),
    mentions: z
      .array(
        z.object({ text: z.string(), start: offset, end: offset, actor: nullableString }).strict(),
      )
      .describe('Every stretch of body text that names an actor.'),
    quotes: z
      .array(
        z
          .object({
            text: z.string().describe('The quoted words, without quotation marks.'),
            type: z.enum(['direct', 'indirect']),
            speaker: z
              .object({ name: z.string(), actor: nullableString, role: nullableString })
              .strict(),
            cue: z.string().describe('Reporting verb or phrase: said, urged, according to, …'),
            start: offset,
            end: offset,
          })
          .strict(),
      )
      .describe('Direct and reported speech, attributed.'),
    statements: z
      .array(
        z
          .object({
            id: z.string(),
            speaker: z.object({ name: z.string(), actor: nullableString }).strict(),
            quotes: z.array(z.number().int().min(0)).describe('Indexes into quotes.'),
            respondsTo: z
              .object({
                speaker: z.object({ name: z.string(), actor: nullableString }).strict(),
                article: nullableString.describe(
                  'Id of the article holding the answered statement.',
                ),
                statement: nullableString.describe('Id of the answered statement.'),
              })
              .strict()
              .nullable(),
          })
          .strict(),
      )
      .describe('Quotes grouped by speaker and occasion, with what they answer.'),
    events: z.array(eventSchema).describe('Coded events: who did what to whom, when and where.'),
    hypotheticalEvents: z
      .array(hypotheticalEventSchema)
      .optional()
      .describe(
        'Events mentioned but not reported as fact: negated, possible, requested, alleged.',
      ),
    armsTransfers: z
      .array(armsTransferSchema)
      .optional()
      .describe('Arms transfers: supplier, recipient, weapon system and status.'),
    references: z
      .array(
        z.object({ text: z.string(), publisher: nullableString, article: nullableString }).strict(),
      )
      .describe('Earlier coverage the article cites.'),
  })
  .strict()
  .openapi('ArticleRecord') satisfies z.ZodType<ArticleRecord>
