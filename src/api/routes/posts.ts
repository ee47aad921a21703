import type { OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'
import { requireRole, staffOf } from '../../auth/require-role.ts'
import { NotFoundError, ValidationError } from '../../core/errors.ts'
import { renderMarkdown } from '../../outlet/markdown.ts'
import { POST_STATUSES, type PostInput } from '../../outlet/post-repository.ts'
import { suggestForDraft } from '../../outlet/publishing.ts'
import { SECTIONS } from '../../outlet/sections.ts'
import type { AppDeps } from '../deps.ts'
import { jsonBody } from '../json-body.ts'

const postBody = z.object({
  title: z.string().max(300),
  summary: z.string().max(1000).optional(),
  body: z.string().max(200_000),
  section: z.enum(SECTIONS),
  tags: z.array(z.string().max(60)).max(20).optional(),
  author: z.string().max(200),
  slug: z.string().max(100).optional(),
})
const statusBody = z.object({
  status: z.enum(POST_STATUSES),
  publishAt: z.iso.datetime({ offset: true }).optional(),
})
const seeAlsoBody = z.object({
  pinned: z.array(z.string().max(100)).max(20),
  dropped: z.array(z.string().max(100)).max(100),
})
const suggestBody = postBody.extend({
  pinned: z.array(z.string().max(100)).max(20).optional(),
  dropped: z.array(z.string().max(100)).max(100).optional(),
})
const previewBody = z.object({ body: z.string().max(200_000) })

function toInput(input: z.infer<typeof postBody>): PostInput {
  return {
    title: input.title,
    body: input.body,
    section: input.section,
    author: input.author,
    ...(input.summary === undefined ? {} : { summary: input.summary }),
    ...(input.tags === undefined ? {} : { tags: input.tags }),
    ...(input.slug === undefined ? {} : { slug: input.slug }),
  }
}

/**
 * `/api/posts`, for editors and admins: write in Markdown, preview, get See Also and
 * cross-reference suggestions while writing, pin or drop them, and publish, schedule or take
 * back to draft. Public pages are under /site.
 */
export function registerPostRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { posts } = deps.store
  const editors = requireRole(deps.store, 'admin', 'editor')
  app.use('/api/posts', editors)
  app.use('/api/posts/*', editors)
  const find = async (id: string) => {
    const post = await posts.get(id)
    if (!post) {
      throw new NotFoundError(`no post "${id}"`, 'post_not_found')
    }
    return post
  }
  app.get('/api/posts', async (c) => {
    const status = c.req.query('status')
    const parsed = status === undefined ? undefined : z.enum(POST_STATUSES).safeParse(status)
    if (parsed && !parsed.success) {
      throw new ValidationError(`status: use ${POST_STATUSES.join(', ')}`)
    }
    return c.json({ items: await posts.list(parsed?.data) })
  })
  // Before `/api/posts/:id`, so "sections" is never taken for an id.
  app.get('/api/posts/sections', (c) => c.json({ items: SECTIONS }))
  app.post('/api/posts', async (c) => {
    const input = await jsonBody(c.req.raw, postBody)
    const post = await posts.create(toInput(input), staffOf(c)?.email ?? 'editor')
    return c.json(post, 201)
  })
  app.post('/api/posts/preview', async (c) => {
    const { body: text } = await jsonBody(c.req.raw, previewBody)
    return c.json({ html: renderMarkdown(text) })
  })
  app.post('/api/posts/suggest', async (c) => {
    const input = await jsonBody(c.req.raw, suggestBody)
    return c.json(
      await suggestForDraft(deps.store, deps.kb, toInput(input), {
        pinned: input.pinned ?? [],
        dropped: input.dropped ?? [],
      }),
    )
  })
  app.get('/api/posts/:id', async (c) => c.json(await find(c.req.param('id'))))
  app.put('/api/posts/:id', async (c) => {
    const input = await jsonBody(c.req.raw, postBody)
    return c.json(await posts.update(c.req.param('id'), toInput(input)))
  })
  app.post('/api/posts/:id/status', async (c) => {
    const { status, publishAt } = await jsonBody(c.req.raw, statusBody)
    return c.json(
      await posts.setStatus(c.req.param('id'), status, publishAt ? new Date(publishAt) : null),
    )
  })
  app.put('/api/posts/:id/see-also', async (c) => {
    const choice = await jsonBody(c.req.raw, seeAlsoBody)
    return c.json(await posts.setSeeAlso(c.req.param('id'), choice))
  })
  app.get('/api/posts/:id/views', async (c) => {
    const post = await find(c.req.param('id'))
    return c.json({ items: await posts.views(post.id) })
  })
  app.delete('/api/posts/:id', async (c) => {
    const post = await find(c.req.param('id'))
    await posts.remove(post.id)
    return c.json({ ok: true })
  })
}
