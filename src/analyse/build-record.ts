import {
  ARTICLE_SCHEMA,
  type ArticleRecord,
  type RecordActor,
  type RecordQuote,
  type RecordStatement,
} from '../core/article.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import { LOCAL_ACTOR_PREFIX } from './actors/local-person-refiner.ts'
import {
  ofKind,
  type ActorAnnotation,
  type Annotation,
  type QuoteAnnotation,
} from './annotation.ts'
import { recordEventParts } from './events/record-events.ts'
import { linkResponses } from './quotes/response-links.ts'
import { spanAt, splitParagraphs } from './text.ts'

/** The parts of a record that come from extraction, not analysis. */
export type RecordHead = Omit<
  ArticleRecord,
  'schema' | 'actors' | 'mentions' | 'quotes' | 'statements' | 'events' | 'references'
>

/** A date expression found in the body, for display; not part of the record contract. */
export interface BodyDate {
  text: string
  value: string
  start: number
  end: number
}

/** Turns a document's annotations into an Article Record. */
export function buildRecord(
  head: RecordHead,
  annotations: readonly Annotation[],
  kb: KnowledgeBase,
): { record: ArticleRecord; dates: BodyDate[] } {
  const published = head.published?.slice(0, 10) ?? null
  const mentions = ofKind(annotations, 'actor')
  const quotes = ofKind(annotations, 'quote')
  const eventParts = recordEventParts(ofKind(annotations, 'event'), kb)
  const roles = new Map<string, string>()
  const names = new Map<string, string>()
  const countries = new Map<string, string>()
  for (const mention of mentions) {
    if (mention.value.actor && mention.value.country && !countries.has(mention.value.actor)) {
      countries.set(mention.value.actor, mention.value.country)
    }
    const id = mention.value.actor
    if (id && mention.value.role && !roles.has(id)) {
      roles.set(id, mention.value.role)
    }
    if (id && !names.has(id)) {
      names.set(id, mention.text)
    }
  }
  const actorIds = new Set<string>(mentions.flatMap((m) => (m.value.actor ? [m.value.actor] : [])))
  const actors: RecordActor[] = [...actorIds].map((id) =>
    describeActor(id, kb, published, roles.get(id) ?? null, names.get(id) ?? id, countries.get(id)),
  )
  const recordQuotes: RecordQuote[] = quotes.map(toRecordQuote)
  const record: ArticleRecord = {
    schema: ARTICLE_SCHEMA,
    ...head,
    actors,
    mentions: mentions.map((m) => ({
      text: m.text,
      start: m.start,
      end: m.end,
      actor: m.value.actor,
    })),
    quotes: recordQuotes,
    statements: groupStatements(head.id, head.body, quotes, mentions, kb),
    ...eventParts,
    references: ofKind(annotations, 'reference').map((r) => ({
      text: r.text,
      publisher: r.value.publisher,
      article: null,
    })),
  }
  const dates = ofKind(annotations, 'date').map((d) => ({
    text: d.text,
    value: d.value.date,
    start: d.start,
    end: d.end,
  }))
  return { record, dates }
}

function describeActor(
  id: string,
  kb: KnowledgeBase,
  date: string | null,
  role: string | null,
  written: string,
  statedCountry: string | undefined,
): RecordActor {
  const entry = kb.get(id)
  if (!entry) {
    return {
      id,
      name: id.startsWith(LOCAL_ACTOR_PREFIX) ? written : id,
      kind: 'person',
      country: statedCountry ?? null,
      cameo: null,
      role,
    }
  }
  const country = entry.kind === 'country' ? entry.id : (entry.country ?? null)
  return {
    id,
    name: entry.name,
    kind: entry.kind,
    country,
    cameo: entry.cameo,
    role: role ?? (entry.kind === 'person' ? kb.officeOn(id, date) : null),
  }
}

function toRecordQuote(quote: QuoteAnnotation): RecordQuote {
  const v = quote.value
  return {
    text: v.quote,
    type: v.type,
    speaker: { name: v.speakerName, actor: v.speakerActor, role: v.speakerRole },
    cue: v.cue || 'said',
    start: quote.start,
    end: quote.end,
  }
}

/**
 * Groups quotes into statements: consecutive quotes of one speaker in the same or the next
 * paragraph are one occasion. What each statement answers is read by linkResponses.
 */
function groupStatements(
  articleId: string,
  body: string,
  quotes: QuoteAnnotation[],
  mentions: readonly ActorAnnotation[],
  kb: KnowledgeBase,
): RecordStatement[] {
  const paragraphs = splitParagraphs(body)
  const statements: RecordStatement[] = []
  const speakerKey = (q: QuoteAnnotation): string =>
    q.value.speakerActor ?? `name:${q.value.speakerName}`
  let last: { key: string; paragraph: number; statement: RecordStatement } | null = null
  quotes.forEach((quote, index) => {
    const key = speakerKey(quote)
    const paragraph = paragraphs.indexOf(spanAt(paragraphs, quote.start) ?? paragraphs[0]!)
    if (last?.key === key && paragraph - last.paragraph <= 1) {
      last.statement.quotes.push(index)
      last.paragraph = paragraph
    } else {
      const statement: RecordStatement = {
        id: `${articleId}:s${statements.length + 1}`,
        speaker: { name: quote.value.speakerName, actor: quote.value.speakerActor },
        quotes: [index],
        respondsTo: null,
      }
      statements.push(statement)
      last = { key, paragraph, statement }
    }
  })
  return linkResponses({ articleId, body, quotes, statements, mentions, kb })
}
