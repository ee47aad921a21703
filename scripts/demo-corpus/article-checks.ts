/**
 * Field checks for the article source format. Each returns a list of problems (empty when the
 * value is fine), phrased as `<field>: <what is wrong>`, so one file's problems can all be
 * reported at once.
 */

/** `<outlet>-<yyyy>-<mm>-<dd>-<words>`, words in lower-case kebab-case. */
export const SLUG_PATTERN =
  /^(scm|kura|bsd|kvs|tbl)-(\d{4})-(\d{2})-(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/
/** ISO 8601 date-time with seconds optional and an explicit offset. */
export const PUBLISHED_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** Problems with `published`: format, a real date, and agreement with the slug's date. */
export function checkPublished(value: unknown, slugMatch: RegExpExecArray | null): string[] {
  const m = typeof value === 'string' ? PUBLISHED_PATTERN.exec(value) : null
  if (!m) {
    return [
      `published: expected ISO 8601 with offset (2019-11-29T14:05:00+04:00), got ${describe(value)}`,
    ]
  }
  const [, y, mo, d, h, mi] = m.map(Number)
  const day = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 0))
  if (day.getUTCDate() !== d || (h ?? 0) > 23 || (mi ?? 0) > 59) {
    return [`published: "${String(value)}" is not a real date and time`]
  }
  if (slugMatch && slugMatch.slice(2, 5).join('-') !== m.slice(1, 4).join('-')) {
    return [`published: local date of "${String(value)}" differs from the slug's date`]
  }
  return []
}

/** Problems with `body`: a non-empty list of paragraphs and `{"h": text}` subheadings. */
export function checkBody(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    return [`body: expected a non-empty array of blocks, got ${describe(value)}`]
  }
  const problems = value.flatMap((block: unknown, i) => {
    if (isText(block)) {
      return []
    }
    if (isRecord(block) && Object.keys(block).length === 1 && isText(block.h)) {
      return []
    }
    return [`body[${i}]: expected paragraph text or {"h": text}, got ${describe(block)}`]
  })
  if (!value.some(isText)) {
    problems.push('body: has no paragraph')
  }
  return problems
}

/** Problems with a field that must be an array of non-blank strings. */
export function checkTextList(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [`${field}: expected an array of text, got ${describe(value)}`]
  }
  return value.flatMap((item: unknown, i) =>
    isText(item) ? [] : [`${field}[${i}]: expected text, got ${describe(item)}`],
  )
}

/** Problems with a field that must list distinct slugs of other articles. */
export function checkSlugList(field: string, value: unknown, self: unknown): string[] {
  if (!Array.isArray(value)) {
    return [`${field}: expected an array of slugs, got ${describe(value)}`]
  }
  const problems = value.flatMap((item: unknown, i) => checkSlugRef(`${field}[${i}]`, item, self))
  if (new Set(value).size !== value.length) {
    problems.push(`${field}: lists a slug twice`)
  }
  return problems
}

/** Problems with one reference to another article by slug. */
export function checkSlugRef(field: string, value: unknown, self: unknown): string[] {
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
    return [`${field}: expected an article slug, got ${describe(value)}`]
  }
  return value === self ? [`${field}: links the article to itself`] : []
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True for a string with at least one non-space character. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** True when `value` is one of the given strings. */
export function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value)
}

/** The value as JSON for an error message, cut to 60 characters. */
export function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing'
  }
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}
