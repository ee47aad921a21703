import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { z } from 'zod'
import {
  changeStatus,
  downloadFile,
  eraseApplication,
  exportApplication,
  type ApplicationDeps,
} from '../../applications/applications.ts'
import { APPLICATION_STATUSES, TRANSITIONS } from '../../applications/workflow.ts'
import { NotFoundError, ValidationError } from '../../core/errors.ts'
import { staffOf } from '../../auth/require-role.ts'
import { jsonBody } from '../json-body.ts'

const statusBody = z.object({ status: z.enum(APPLICATION_STATUSES) })
const noteBody = z.object({ text: z.string().trim().min(1).max(5000) })

/** `/api/applications`: review, decisions, notes, history, safe downloads, export and erasure. */
export function registerApplicationRoutes(
  app: OpenAPIHono,
  deps: ApplicationDeps,
  guard: MiddlewareHandler,
): void {
  // The guard (requireRole) has put the staff member on the context: history names them.
  const actor = (c: Context): string => staffOf(c)?.email ?? 'editor'
  app.use('/api/applications', guard)
  app.use('/api/applications/*', guard)
  app.get('/api/applications', async (c) => {
    const status = c.req.query('status')
    const parsed = status === undefined ? undefined : z.enum(APPLICATION_STATUSES).safeParse(status)
    if (parsed && !parsed.success) {
      throw new ValidationError(`status: one of ${APPLICATION_STATUSES.join(', ')}`)
    }
    return c.json({ items: await deps.store.applications.list(parsed?.data) })
  })
  app.get('/api/applications/:id', async (c) => {
    const application = await deps.store.applications.get(c.req.param('id'))
    if (!application) {
      throw new NotFoundError(`no application "${c.req.param('id')}"`)
    }
    return c.json({ ...application, allowed: TRANSITIONS[application.status] })
  })
  app.post('/api/applications/:id/status', async (c) => {
    const { status } = await jsonBody(c.req.raw, statusBody)
    await changeStatus(c.req.param('id'), status, actor(c), deps)
    return c.json(await deps.store.applications.get(c.req.param('id')))
  })
  app.post('/api/applications/:id/notes', async (c) => {
    const { text } = await jsonBody(c.req.raw, noteBody)
    const application = await deps.store.applications.get(c.req.param('id'))
    if (!application) {
      throw new NotFoundError(`no application "${c.req.param('id')}"`)
    }
    await deps.store.applications.addEvent(
      application.id,
      'note',
      actor(c),
      text,
      deps.now?.() ?? new Date(),
    )
    return c.json(await deps.store.applications.get(application.id), 201)
  })
  app.get('/api/applications/:id/files/:fileId', async (c) => {
    const { file, bytes } = await downloadFile(
      c.req.param('id'),
      c.req.param('fileId'),
      actor(c),
      deps,
    )
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': file.mime,
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    })
  })
  app.get('/api/applications/:id/export', async (c) => {
    const { reference, zip } = await exportApplication(c.req.param('id'), deps)
    return c.body(new Uint8Array(zip), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${reference}.zip"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    })
  })
  app.delete('/api/applications/:id', async (c) => {
    await eraseApplication(c.req.param('id'), deps)
    return c.json({ ok: true })
  })
}
