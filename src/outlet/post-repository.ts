import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { AppError, NotFoundError, ValidationError } from '../core/errors.ts'
import { SECTIONS, slugify, type Section } from './sections.ts'

/** The publishing tables (migration 050). */
export interface PostTables {
  posts: {
    id: string
    slug: string
    title: string
    summary: string
    body: string
    section: string
    tags: string
    author_name: string
    author_slug: string
    status: string
    publish_at: string | null
    see_also: string
    /** When the public post went into the archive (searched like every article). */
    archived_at: string | null
    created_by: string
    created_at: string
    updated_at: string
  }
  post_views: { post_id: string; day: string; views: number }
  consents: {
    id: string
    decision: string
    categories: string
    policy_revision: string
    at: string
  }
}

export const POST_STATUSES = ['draft', 'scheduled', 'published'] as const
export type PostStatus = (typeof POST_STATUSES)[number]

/** The editor's See Also choices: pinned articles first, dropped ones never suggested again. */
export interface SeeAlsoChoice {
  pinned: string[]
  dropped: string[]
}

/** A post as editors and the public pages see it. */
export interface Post {
  id: string
  slug: string
  title: string
  summary: string
  /** Markdown. */
  body: string
  section: Section
  tags: string[]
  author: { name: string; slug: string }
  status: PostStatus
  /** When it goes (or went) public: the scheduled time, or when it was published. */
  publishAt: string | null
  seeAlso: SeeAlsoChoice
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** What an editor writes; every field is checked and named when wrong. */
export interface PostInput {
  title: string
  summary?: string
  body: string
  section: string
  tags?: string[]
  author: string
  slug?: string
}

type Row = PostTables['posts']

function toPost(row: Row): Post {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    section: (SECTIONS as readonly string[]).includes(row.section)
      ? (row.section as Section)
      : 'Region',
    tags: JSON.parse(row.tags) as string[],
    author: { name: row.author_name, slug: row.author_slug },
    status: row.status as PostStatus,
    publishAt: row.publish_at,
    seeAlso: JSON.parse(row.see_also) as SeeAlsoChoice,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function checkInput(
  input: PostInput,
): Omit<
  Row,
  | 'id'
  | 'status'
  | 'publish_at'
  | 'see_also'
  | 'archived_at'
  | 'created_by'
  | 'created_at'
  | 'updated_at'
> {
  const title = input.title.trim()
  if (!title) {
    throw new ValidationError('title: a post needs a title')
  }
  if (!(SECTIONS as readonly string[]).includes(input.section)) {
    throw new ValidationError(`section: "${input.section}" is not one of ${SECTIONS.join(', ')}`)
  }
  const author = input.author.trim()
  if (!author) {
    throw new ValidationError('author: a post needs an author')
  }
  const slug = slugify(input.slug?.trim().length ? input.slug : title)
  if (!slug) {
    throw new ValidationError('slug: the title has no letters or digits to make an address from')
  }
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))].slice(0, 20)
  return {
    slug,
    title,
    summary: (input.summary ?? '').trim(),
    body: input.body,
    section: input.section,
    tags: JSON.stringify(tags),
    author_name: author,
    author_slug: slugify(author) || 'staff',
  }
}

/** The outlet's posts, their readership counts and consent records, on either dialect. */
export class PostRepository {
  readonly #db: Kysely<PostTables>

  constructor(db: Kysely<PostTables>) {
    this.#db = db
  }

  /** Adds a draft; a taken slug gets a number (`-2`, `-3`, …). */
  async create(input: PostInput, createdBy: string, now = new Date()): Promise<Post> {
    const fields = checkInput(input)
    const row: Row = {
      ...fields,
      slug: await this.#freeSlug(fields.slug, null),
      id: randomBytes(8).toString('hex'),
      status: 'draft',
      publish_at: null,
      see_also: JSON.stringify({ pinned: [], dropped: [] }),
      archived_at: null,
      created_by: createdBy,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    }
    await this.#db.insertInto('posts').values(row).execute()
    return toPost(row)
  }

  async update(id: string, input: PostInput, now = new Date()): Promise<Post> {
    const current = await this.#require(id)
    const fields = checkInput(input)
    // A published address never changes under readers; drafts follow their title.
    const slug =
      current.status === 'published' ? current.slug : await this.#freeSlug(fields.slug, id)
    await this.#db
      .updateTable('posts')
      .set({ ...fields, slug, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    return this.#require(id)
  }

  /** A post by id or slug. */
  async get(idOrSlug: string): Promise<Post | null> {
    const row = await this.#db
      .selectFrom('posts')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
      .executeTakeFirst()
    return row ? toPost(row) : null
  }

  /** Every post (or those of one status), most recently changed first. */
  async list(status?: PostStatus): Promise<Post[]> {
    let query = this.#db.selectFrom('posts').selectAll().orderBy('updated_at', 'desc')
    if (status) {
      query = query.where('status', '=', status)
    }
    return (await query.execute()).map(toPost)
  }

  /**
   * Publishes now, schedules for `at` (which must be in the future), or takes back to draft.
   * A scheduled post is public from its time on, with no job needed: the public queries ask.
   */
  async setStatus(
    id: string,
    status: PostStatus,
    at: Date | null,
    now = new Date(),
  ): Promise<Post> {
    await this.#require(id)
    let publishAt: string | null = null
    if (status === 'published') {
      publishAt = now.toISOString()
    } else if (status === 'scheduled') {
      if (!at || Number.isNaN(at.getTime()) || at <= now) {
        throw new ValidationError('publishAt: a scheduled post needs a time in the future')
      }
      publishAt = at.toISOString()
    }
    await this.#db
      .updateTable('posts')
      .set({ status, publish_at: publishAt, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    return this.#require(id)
  }

  async setSeeAlso(id: string, choice: SeeAlsoChoice, now = new Date()): Promise<Post> {
    await this.#require(id)
    const clean = (ids: string[]) =>
      [...new Set(ids.filter((x) => typeof x === 'string' && x))].slice(0, 20)
    const pinned = clean(choice.pinned)
    const dropped = clean(choice.dropped).filter((x) => !pinned.includes(x))
    await this.#db
      .updateTable('posts')
      .set({ see_also: JSON.stringify({ pinned, dropped }), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
    return this.#require(id)
  }

  /** Public posts not yet in the archive, oldest first. */
  async dueForArchive(now = new Date()): Promise<Post[]> {
    const rows = await this.#db
      .selectFrom('posts')
      .selectAll()
      .where('status', 'in', ['published', 'scheduled'])
      .where('publish_at', '<=', now.toISOString())
      .where('archived_at', 'is', null)
      .orderBy('publish_at')
      .execute()
    return rows.map(toPost)
  }

  async markArchived(id: string, now = new Date()): Promise<void> {
    await this.#db
      .updateTable('posts')
      .set({ archived_at: now.toISOString() })
      .where('id', '=', id)
      .execute()
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.#db.deleteFrom('posts').where('id', '=', id).executeTakeFirst()
    await this.#db.deleteFrom('post_views').where('post_id', '=', id).execute()
    return Number(result.numDeletedRows) > 0
  }

  /** Posts readers can see at `now` (published, or scheduled for a time passed), newest first. */
  async listPublic(
    filter: { section?: string; author?: string; since?: Date; limit?: number } = {},
    now = new Date(),
  ): Promise<Post[]> {
    let query = this.#db
      .selectFrom('posts')
      .selectAll()
      .where('status', 'in', ['published', 'scheduled'])
      .where('publish_at', '<=', now.toISOString())
      .orderBy('publish_at', 'desc')
      .limit(filter.limit ?? 50)
    if (filter.section) {
      query = query.where('section', '=', filter.section)
    }
    if (filter.author) {
      query = query.where('author_slug', '=', filter.author)
    }
    if (filter.since) {
      query = query.where('publish_at', '>=', filter.since.toISOString())
    }
    return (await query.execute()).map(toPost)
  }

  /** A public post by slug; null when there is none or it is not public yet. */
  async getPublic(slug: string, now = new Date()): Promise<Post | null> {
    const post = await this.get(slug)
    return post && isPublic(post, now) ? post : null
  }

  /** Counts one reading of a post on a day: a number per post per day, nothing about who. */
  async countView(postId: string, now = new Date()): Promise<void> {
    const day = now.toISOString().slice(0, 10)
    await this.#db
      .insertInto('post_views')
      .values({ post_id: postId, day, views: 1 })
      .onConflict((oc) =>
        oc.columns(['post_id', 'day']).doUpdateSet({ views: sql<number>`post_views.views + 1` }),
      )
      .execute()
  }

  /** Readings per day of a post, oldest first. */
  async views(postId: string): Promise<{ day: string; views: number }[]> {
    return this.#db
      .selectFrom('post_views')
      .select(['day', 'views'])
      .where('post_id', '=', postId)
      .orderBy('day')
      .execute()
  }

  /** Records a consent decision with the policy revision it was given under (no identifier). */
  async recordConsent(
    decision: 'accept' | 'reject' | 'custom',
    categories: string[],
    policyRevision: string,
    now = new Date(),
  ): Promise<string> {
    const id = randomBytes(8).toString('hex')
    await this.#db
      .insertInto('consents')
      .values({
        id,
        decision,
        categories: JSON.stringify(categories),
        policy_revision: policyRevision,
        at: now.toISOString(),
      })
      .execute()
    return id
  }

  async consents(): Promise<{ decision: string; categories: string[]; policyRevision: string }[]> {
    const rows = await this.#db.selectFrom('consents').selectAll().orderBy('at').execute()
    return rows.map((r) => ({
      decision: r.decision,
      categories: JSON.parse(r.categories) as string[],
      policyRevision: r.policy_revision,
    }))
  }

  async #require(id: string): Promise<Post> {
    const post = await this.get(id)
    if (!post) {
      throw new NotFoundError(`no post "${id}"`, 'post_not_found')
    }
    return post
  }

  async #freeSlug(wanted: string, ownId: string | null): Promise<string> {
    for (let n = 1; n < 1000; n++) {
      const slug = n === 1 ? wanted : `${wanted}-${n}`
      const taken = await this.#db
        .selectFrom('posts')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirst()
      if (!taken || taken.id === ownId) {
        return slug
      }
    }
    throw new AppError('slug_taken', `no free address for "${wanted}"`, { status: 409 })
  }
}

/** True when readers may see the post at `now`. */
export function isPublic(post: Post, now: Date): boolean {
  return (
    (post.status === 'published' || post.status === 'scheduled') &&
    post.publishAt !== null &&
    post.publishAt <= now.toISOString()
  )
}
