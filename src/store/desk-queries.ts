import { sql, type Kysely } from 'kysely'
import { actorNames, copiesSince, type DayRange } from './event-queries.ts'
import type { Database } from './schema.ts'
import { load, type ThreadStatement } from './statement-queries.ts'

/** A statement and the answers it got. */
export interface StatementWithAnswers {
  statement: ThreadStatement
  answers: ThreadStatement[]
}

/** An answer and the statement it answers. */
export interface AnswerPair {
  answer: ThreadStatement
  to: ThreadStatement
}

/** An actor and how active it was: articles mentioning it and statements it made. */
export interface ActiveActor {
  id: string
  name: string
  kind: string
  articles: number
  statements: number
}

/** What an actor said and the exchanges it was part of. */
export interface ActorActivity {
  statements: ThreadStatement[]
  answersGiven: AnswerPair[]
  answersReceived: AnswerPair[]
}

/** Actors linked by events and answers, for the network page. */
export interface ActorNetwork {
  nodes: { id: string; name: string; kind: string; statements: number }[]
  edges: {
    source: string
    target: string
    kind: 'event' | 'answer'
    weight: number
    goldstein: number | null
  }[]
}

/** How far back "most active" looks (days) from the newest article. */
const ACTIVE_DAYS = 365
const DAY = 86_400_000

/** The latest statements (newest first), each with the answers it got. */
export async function latestStatements(
  db: Kysely<Database>,
  limit: number,
): Promise<StatementWithAnswers[]> {
  const rows = await db
    .selectFrom('statements as s')
    .innerJoin('articles as a', 'a.id', 's.article_id')
    .select('s.id')
    .where('a.duplicate_of', 'is', null)
    .where('s.published', 'is not', null)
    .orderBy('s.published', 'desc')
    .orderBy('s.id')
    .limit(limit)
    .execute()
  return Promise.all(
    rows.map(async ({ id }) => ({
      statement: await mustLoad(db, id),
      answers: await answersTo(db, [id]),
    })),
  )
}

/** Statements of other articles that answer one of `ids`, in order of publication. */
async function answersTo(db: Kysely<Database>, ids: readonly string[]): Promise<ThreadStatement[]> {
  if (ids.length === 0) {
    return []
  }
  const rows = await db
    .selectFrom('statements')
    .select('id')
    .where('responds_to', 'in', ids)
    .orderBy('published')
    .orderBy('id')
    .limit(50)
    .execute()
  return Promise.all(rows.map((r) => mustLoad(db, r.id)))
}

/** Answers in other articles to the statements of an article; null for an unknown article. */
export async function articleResponses(
  db: Kysely<Database>,
  articleId: string,
): Promise<ThreadStatement[] | null> {
  const article = await db
    .selectFrom('articles')
    .select('id')
    .where('id', '=', articleId)
    .executeTakeFirst()
  if (!article) {
    return null
  }
  const own = await db
    .selectFrom('statements')
    .select('id')
    .where('article_id', '=', articleId)
    .execute()
  const answers = await answersTo(
    db,
    own.map((r) => r.id),
  )
  return answers.filter((a) => a.articleId !== articleId)
}

/**
 * The people, organisations and institutions most present in the 365 days up to the newest
 * article: articles mentioning each plus statements each made.
 */
export async function activeActors(db: Kysely<Database>, limit: number): Promise<ActiveActor[]> {
  const newest = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.max('published').as('p'))
    .where('duplicate_of', 'is', null)
    .executeTakeFirst()
  if (!newest?.p) {
    return []
  }
  const since = new Date(Date.parse(`${newest.p.slice(0, 10)}T00:00:00Z`) - ACTIVE_DAYS * DAY)
    .toISOString()
    .slice(0, 10)
  const [mentions, spoken] = await Promise.all([
    mentionsSince(db, since, limit * 3),
    db
      .selectFrom('statements')
      .select((eb) => ['speaker_actor', eb.fn.countAll<number | string>().as('n')])
      .where('published', '>=', since)
      .where('speaker_actor', 'is not', null)
      .where('article_id', 'not in', copiesSince(db, since))
      .groupBy('speaker_actor')
      .execute(),
  ])
  const statements = new Map(spoken.map((s) => [s.speaker_actor, Number(s.n)]))
  return mentions
    .map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      articles: Number(m.n),
      statements: statements.get(m.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.articles + b.statements - (a.articles + a.statements) || a.name.localeCompare(b.name),
    )
    .slice(0, limit)
}

/**
 * Articles mentioning each actor other than a country since `since`, copies left out, most
 * first. Counted on the actor+date index alone, then less the links of the copies of those
 * days (a small partial index): joining every link to its article cost 150 ms at 10,000.
 */
async function mentionsSince(
  db: Kysely<Database>,
  since: string,
  limit: number,
): Promise<{ id: string; name: string; kind: string; n: number | string }[]> {
  const rows = await db
    .with('links', (qb) =>
      qb
        .selectFrom('article_actors')
        .select((eb) => ['actor_id', eb.fn.countAll<number | string>().as('n')])
        .where('published', '>=', since)
        .groupBy('actor_id'),
    )
    .with('copied', (qb) =>
      qb
        .selectFrom('article_actors')
        .select((eb) => ['actor_id', eb.fn.countAll<number | string>().as('n')])
        .where('article_id', 'in', copiesSince(db, since))
        .groupBy('actor_id'),
    )
    .selectFrom('links as l')
    .innerJoin('actors as ac', 'ac.id', 'l.actor_id')
    .leftJoin('copied as c', 'c.actor_id', 'l.actor_id')
    .select((eb) => [
      'ac.id',
      'ac.name',
      'ac.kind',
      sql<number | string>`${eb.ref('l.n')} - coalesce(${eb.ref('c.n')}, 0)`.as('n'),
    ])
    .where('ac.kind', '!=', 'country')
    .orderBy('n', 'desc')
    .orderBy('ac.id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ ...r, n: Number(r.n) })).filter((r) => r.n > 0)
}

/** An actor's latest statements, the answers it gave and the answers it got. */
export async function actorActivity(
  db: Kysely<Database>,
  actorId: string,
  limit: number,
): Promise<ActorActivity> {
  const [said, gave, got] = await Promise.all([
    db
      .selectFrom('statements')
      .select('id')
      .where('speaker_actor', '=', actorId)
      .orderBy('published', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('statements as s')
      .innerJoin('statements as t', 't.id', 's.responds_to')
      .select(['s.id as answer', 't.id as to'])
      .where('s.speaker_actor', '=', actorId)
      .orderBy('s.published', 'desc')
      .orderBy('s.id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('statements as s')
      .innerJoin('statements as t', 't.id', 's.responds_to')
      .select(['s.id as answer', 't.id as to'])
      .where('t.speaker_actor', '=', actorId)
      .where((eb) =>
        eb.or([eb('s.speaker_actor', 'is', null), eb('s.speaker_actor', '!=', actorId)]),
      )
      .orderBy('s.published', 'desc')
      .orderBy('s.id')
      .limit(limit)
      .execute(),
  ])
  const pair = async (row: { answer: string; to: string }): Promise<AnswerPair> => ({
    answer: await mustLoad(db, row.answer),
    to: await mustLoad(db, row.to),
  })
  return {
    statements: await Promise.all(said.map((r) => mustLoad(db, r.id))),
    answersGiven: await Promise.all(gave.map(pair)),
    answersReceived: await Promise.all(got.map(pair)),
  }
}

/** Actors linked by events (source → target) and answers (speaker → answered speaker). */
export async function actorNetwork(
  db: Kysely<Database>,
  range: DayRange & { limit: number },
): Promise<ActorNetwork> {
  let events = db
    .selectFrom('event_rows as e')
    .innerJoin('articles as a', 'a.id', 'e.article_id')
    .select((eb) => [
      'e.source_actor as source',
      'e.target_actor as target',
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number | string>('e.goldstein').as('g'),
    ])
    .where('a.duplicate_of', 'is', null)
    .where('e.source_actor', 'is not', null)
    .where('e.target_actor', 'is not', null)
    .where(sql<boolean>`e.source_actor <> e.target_actor`)
  let answers = db
    .selectFrom('statements as s')
    .innerJoin('statements as t', 't.id', 's.responds_to')
    .select((eb) => [
      's.speaker_actor as source',
      't.speaker_actor as target',
      eb.fn.countAll<number | string>().as('n'),
    ])
    .where('s.speaker_actor', 'is not', null)
    .where('t.speaker_actor', 'is not', null)
    .where(sql<boolean>`s.speaker_actor <> t.speaker_actor`)
  let spoken = db
    .selectFrom('statements')
    .select((eb) => ['speaker_actor', eb.fn.countAll<number | string>().as('n')])
    .where('speaker_actor', 'is not', null)
  if (range.from) {
    events = events.where('e.day', '>=', range.from)
    answers = answers.where('s.published', '>=', range.from)
    spoken = spoken.where('published', '>=', range.from)
  }
  if (range.to) {
    events = events.where('e.day', '<=', range.to)
    answers = answers.where('s.published', '<=', `${range.to}~`)
    spoken = spoken.where('published', '<=', `${range.to}~`)
  }
  const [eventRows, answerRows, spokenRows] = await Promise.all([
    events.groupBy(['e.source_actor', 'e.target_actor']).execute(),
    answers.groupBy(['s.speaker_actor', 't.speaker_actor']).execute(),
    spoken.groupBy('speaker_actor').execute(),
  ])
  const edges: ActorNetwork['edges'] = [
    ...eventRows.map((r) => ({
      source: r.source ?? '',
      target: r.target ?? '',
      kind: 'event' as const,
      weight: Number(r.n),
      goldstein: Math.round((Number(r.g) / Number(r.n)) * 100) / 100,
    })),
    ...answerRows.map((r) => ({
      source: r.source ?? '',
      target: r.target ?? '',
      kind: 'answer' as const,
      weight: Number(r.n),
      goldstein: null,
    })),
  ]
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target) ||
        a.kind.localeCompare(b.kind),
    )
    .slice(0, range.limit)
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))]
  const statements = new Map(spokenRows.map((r) => [r.speaker_actor, Number(r.n)]))
  const kinds =
    ids.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await db.selectFrom('actors').select(['id', 'kind']).where('id', 'in', ids).execute()
          ).map((r) => [r.id, r.kind]),
        )
  const names = await actorNames(db, ids)
  return {
    nodes: ids.sort().map((id) => ({
      id,
      name: names.get(id) ?? id,
      kind: kinds.get(id) ?? 'person',
      statements: statements.get(id) ?? 0,
    })),
    edges,
  }
}

async function mustLoad(db: Kysely<Database>, id: string): Promise<ThreadStatement> {
  const statement = await load(db, id)
  if (!statement) {
    throw new Error(`statement ${id} vanished while it was read`)
  }
  return statement
}
