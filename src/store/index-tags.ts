import type { ArticleRecord } from '../core/article.ts'
import type { SearchFilters } from './search-queries.ts'

/**
 * Index tags: an article's filterable values — its actors, their countries, its event roots,
 * outlet, language and publication day — written as words in a column of the full-text index of
 * their own. A filtered search is then one full-text match, which intersects the word lists
 * inside the index: checking each match's actors and events in their tables cost a lookup per
 * match, most of a filtered search's time at 100,000 articles. Facets are read from the same
 * words, kept in a table of their own (`article_index_tags`), not from the actors' and events'
 * rows.
 *
 * A tag is two letters that say what it is, then the value: as hex where the value may hold
 * anything the tokenizer would split on (ids, domains), as digits for dates and event roots.
 * No kind is a hex digit, so no tag is the start of another kind's.
 */
const KIND = {
  actor: 'wa',
  country: 'wc',
  eventRoot: 'we',
  source: 'ws',
  language: 'wl',
  century: 'wk',
  decade: 'wx',
  year: 'wy',
  month: 'wm',
  day: 'wd',
} as const

/** The column of the full-text index that holds the tags (SQLite). */
const TAGS_COLUMN = 'index_tags'

const hex = (value: string): string => Buffer.from(value, 'utf8').toString('hex')
const unhex = (value: string): string => Buffer.from(value, 'hex').toString('utf8')

/** The tags of an article, space-separated, as they are indexed. */
export function indexTags(
  record: Pick<ArticleRecord, 'actors' | 'events' | 'source' | 'language' | 'published'>,
): string {
  const tags = new Set<string>()
  for (const actor of record.actors) {
    tags.add(KIND.actor + hex(actor.id))
    if (actor.country) {
      tags.add(KIND.country + hex(actor.country))
    }
  }
  for (const event of record.events) {
    tags.add(KIND.eventRoot + event.root)
  }
  if (record.source.domain) {
    tags.add(KIND.source + hex(record.source.domain))
  }
  tags.add(KIND.language + hex(record.language))
  const day = parseDay(record.published?.slice(0, 10) ?? '')
  if (day) {
    const [y, m, d] = day
    tags.add(`${KIND.century}${Math.floor(y / 100)}`)
    tags.add(`${KIND.decade}${Math.floor(y / 10)}`)
    tags.add(`${KIND.year}${y}`)
    tags.add(`${KIND.month}${y}${pad(m)}`)
    tags.add(`${KIND.day}${y}${pad(m)}${pad(d)}`)
  }
  return [...tags].join(' ')
}

/** The filterable values a tag string holds, for facets. */
export interface TaggedValues {
  actors: string[]
  countries: string[]
  eventRoots: string[]
  /** The outlet's domain, at most one. */
  sources: string[]
  languages: string[]
}

/** Reads back the values of {@link indexTags}' output, the publication day aside. */
export function readTags(tags: string | null): TaggedValues {
  const values: TaggedValues = {
    actors: [],
    countries: [],
    eventRoots: [],
    sources: [],
    languages: [],
  }
  for (const tag of (tags ?? '').split(' ')) {
    const kind = tag.slice(0, 2)
    const value = tag.slice(2)
    if (kind === KIND.actor) {
      values.actors.push(unhex(value))
    } else if (kind === KIND.country) {
      values.countries.push(unhex(value))
    } else if (kind === KIND.eventRoot) {
      values.eventRoots.push(value)
    } else if (kind === KIND.source) {
      values.sources.push(unhex(value))
    } else if (kind === KIND.language) {
      values.languages.push(unhex(value))
    }
  }
  return values
}

/**
 * The tags a match must have for the filters: every one of `all`, and one of `anyOf` when a
 * date range is set (the fewest whole centuries, decades, years, months and days that cover
 * it). Null when no filter is set.
 */
export function filterTags(
  filters: SearchFilters,
): { all: string[]; anyOf: string[] | null } | null {
  const all: string[] = []
  if (filters.actor) {
    all.push(KIND.actor + hex(filters.actor))
  }
  if (filters.country) {
    all.push(KIND.country + hex(filters.country))
  }
  if (filters.eventRoot) {
    all.push(KIND.eventRoot + (/^\d+$/.test(filters.eventRoot) ? filters.eventRoot : 'none'))
  }
  if (filters.source) {
    all.push(KIND.source + hex(filters.source))
  }
  if (filters.language) {
    all.push(KIND.language + hex(filters.language))
  }
  let anyOf: string[] | null = null
  if (filters.from || filters.to) {
    anyOf = dateRangeTags(filters.from ?? EARLIEST, filters.to ?? LATEST)
    if (anyOf.length === 0) {
      // A range with no day in it matches nothing: a tag no article has says so.
      anyOf = [`${KIND.day}0`]
    }
  }
  return all.length > 0 || anyOf ? { all, anyOf } : null
}

/** The filters as an FTS5 expression over the tags column, or null when none is set. */
export function tagQuery(filters: SearchFilters): string | null {
  const tags = filterTags(filters)
  if (!tags) {
    return null
  }
  const terms = tags.anyOf ? [...tags.all, `(${tags.anyOf.join(' OR ')})`] : tags.all
  return `${TAGS_COLUMN} : (${terms.join(' AND ')})`
}

/** The filters as a PostgreSQL tsquery over the tag lexemes, or null when none is set. */
export function tagTsQuery(filters: SearchFilters): string | null {
  const tags = filterTags(filters)
  if (!tags) {
    return null
  }
  const quoted = (tag: string): string => `'${tag}'`
  const terms = tags.anyOf
    ? [...tags.all.map(quoted), `(${tags.anyOf.map(quoted).join(' | ')})`]
    : tags.all.map(quoted)
  return terms.join(' & ')
}

/** The bounds an open date range runs to. Publication days outside them are not tagged. */
const EARLIEST = '1000-01-01'
const LATEST = '2999-12-31'

type Day = [year: number, month: number, day: number]

function parseDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) {
    return null
  }
  const day: Day = [Number(match[1]), Number(match[2]), Number(match[3])]
  const inBounds = text >= EARLIEST && text <= LATEST
  return inBounds && day[1] >= 1 && day[1] <= 12 && day[2] >= 1 && day[2] <= 31 ? day : null
}

/** The tags covering the days from `from` to `to`, inclusive (`YYYY-MM-DD`, clamped to the bounds). */
export function dateRangeTags(from: string, to: string): string[] {
  const start = parseDay(from < EARLIEST ? EARLIEST : from)
  const end = parseDay(to > LATEST ? LATEST : to)
  if (!start || !end) {
    return []
  }
  const last = dayNumber(end)
  const tags: string[] = []
  let [y, m, d] = start
  while (dayNumber([y, m, d]) <= last) {
    const yearStart = m === 1 && d === 1
    if (yearStart && y % 100 === 0 && dayNumber([y + 99, 12, 31]) <= last) {
      tags.push(`${KIND.century}${y / 100}`)
      y += 100
    } else if (yearStart && y % 10 === 0 && dayNumber([y + 9, 12, 31]) <= last) {
      tags.push(`${KIND.decade}${y / 10}`)
      y += 10
    } else if (yearStart && dayNumber([y, 12, 31]) <= last) {
      tags.push(`${KIND.year}${y}`)
      y += 1
    } else if (d === 1 && dayNumber([y, m, daysIn(y, m)]) <= last) {
      tags.push(`${KIND.month}${y}${pad(m)}`)
      ;[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]
    } else {
      tags.push(`${KIND.day}${y}${pad(m)}${pad(d)}`)
      ;[y, m, d] = d < daysIn(y, m) ? [y, m, d + 1] : m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1]
    }
  }
  return tags
}

/** Days since an epoch, for comparing days. */
const dayNumber = ([y, m, d]: Day): number => Date.UTC(y, m - 1, d) / 86_400_000

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

const pad = (n: number): string => String(n).padStart(2, '0')
