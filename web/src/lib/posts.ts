/**
 * The outlet's posts as the desk edits them: the shapes `/api/posts` gives and takes, and the
 * small conversions the editor needs (tags from a comma list, a schedule time from a
 * `datetime-local` field).
 * @module
 */

import type { RelatedArticle, ThreadStatement } from '../api/types'

export type PostStatus = 'draft' | 'scheduled' | 'published'

/** A post as `GET /api/posts/:id` gives it. */
export interface Post {
  id: string
  slug: string
  title: string
  summary: string
  /** Markdown. */
  body: string
  section: string
  tags: string[]
  author: { name: string; slug: string }
  status: PostStatus
  publishAt: string | null
  seeAlso: { pinned: string[]; dropped: string[] }
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** What the editor sends to create or update a post. */
export interface PostDraft {
  title: string
  summary: string
  body: string
  section: string
  tags: string[]
  author: string
  slug?: string
}

/** `POST /api/posts/suggest`: See Also suggestions, earlier statements, the draft's actors. */
export interface Suggestions {
  seeAlso: (RelatedArticle & { pinned: boolean })[]
  earlierStatements: ThreadStatement[]
  actors: { id: string; name: string }[]
}

/** "Georgia, EU , , protests" → ["Georgia", "EU", "protests"]: trimmed, no empties, no repeats. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ')
    const key = tag.toLowerCase()
    if (tag && !seen.has(key)) {
      seen.add(key)
      tags.push(tag)
    }
  }
  return tags
}

/**
 * A `datetime-local` value ("2026-12-07T09:30", the editor's local time) as an ISO 8601
 * instant for the API; null when empty or not a time.
 */
export function scheduleInstant(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) {
    return null
  }
  const date = new Date(local)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** An ISO instant as a `datetime-local` value in the browser's time zone; '' for null. */
export function localInputValue(iso: string | null): string {
  if (!iso) {
    return ''
  }
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    return ''
  }
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  )
}

/** Moves an id to the pinned list (and out of dropped), or back when it is pinned already. */
export function togglePin(
  choice: { pinned: string[]; dropped: string[] },
  id: string,
): { pinned: string[]; dropped: string[] } {
  if (choice.pinned.includes(id)) {
    return { pinned: choice.pinned.filter((p) => p !== id), dropped: choice.dropped }
  }
  return { pinned: [...choice.pinned, id], dropped: choice.dropped.filter((d) => d !== id) }
}

/** Drops an id from the suggestions (and unpins it). */
export function dropSuggestion(
  choice: { pinned: string[]; dropped: string[] },
  id: string,
): { pinned: string[]; dropped: string[] } {
  return {
    pinned: choice.pinned.filter((p) => p !== id),
    dropped: choice.dropped.includes(id) ? choice.dropped : [...choice.dropped, id],
  }
}
