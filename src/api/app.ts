import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { OpenAPIHono } from '@hono/zod-openapi'
import { ValidationError } from '../core/errors.ts'
import type { AppDeps } from './deps.ts'
import { handleError } from './error-handler.ts'
import { registerActorRoutes } from './routes/actors.ts'
import { registerAlertRoutes } from './routes/alerts.ts'
import { registerApplicationRoutes } from './routes/applications.ts'
import { registerContributeRoutes } from '../site/contribute.ts'
import { registerArticleRoutes } from './routes/articles.ts'
import { registerDeskRoutes } from './routes/desk.ts'
import { registerExportRoutes } from './routes/export.ts'
import { registerOperationRoutes } from './routes/operations.ts'
import { registerOrgRoutes } from './routes/orgs.ts'
import { registerProposalRoutes } from './routes/proposals.ts'
import { registerSearchRoutes } from './routes/search.ts'
import { registerSourceRoutes } from './routes/sources.ts'
import { guardApi } from './middleware/guard-api.ts'
import { registerAuthRoutes } from './routes/auth.ts'
import { registerPostRoutes } from './routes/posts.ts'
import { registerOutletPages } from '../site/outlet-pages.ts'
import { requireRole } from '../auth/require-role.ts'

/**
 * Builds the HTTP app: the JSON API under `/api` (documented at `/api/openapi.json`) and, when
 * `webRoot` is given, the web UI at every other path.
 *
 * @example
 * const app = createApp({ store, kb })
 * const res = await app.request('/api/health')
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    // Request validation failures become the standard error body, naming the bad field.
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        const field = issue?.path.join('.') ?? 'request'
        throw new ValidationError(`${field}: ${issue?.message ?? 'invalid value'}`)
      }
      return undefined
    },
  })
  app.onError(handleError)
  app.use('/api/*', guardApi(deps.store, deps.reads))
  if (deps.reads === 'staff') {
    app.use('/metrics', guardApi(deps.store, 'staff'))
  }
  registerAuthRoutes(app, deps)
  registerOperationRoutes(app, deps)
  registerArticleRoutes(app, deps)
  registerSearchRoutes(app, deps)
  registerDeskRoutes(app, deps)
  registerActorRoutes(app, deps)
  registerOrgRoutes(app, deps)
  registerProposalRoutes(app, deps)
  registerSourceRoutes(app, deps)
  registerAlertRoutes(app, deps)
  registerExportRoutes(app, deps)
  registerPostRoutes(app, deps)
  registerOutletPages(app, {
    store: deps.store,
    kb: deps.kb,
    site: deps.site ?? { url: 'http://localhost:8080', outlet: 'Watchdesk', analyticsScript: null },
  })
  if (deps.applications) {
    const applicationDeps = { ...deps.applications, store: deps.store }
    registerApplicationRoutes(app, applicationDeps, requireRole(deps.store, 'admin', 'editor'))
    registerContributeRoutes(app, applicationDeps)
  }
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
  })
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Watchdesk API',
      version: '1.0.0',
      description: 'Articles as records of actors, quotes, responses and coded events.',
    },
  })
  app.all('/api/*', (c) =>
    c.json(
      {
        ok: false,
        error: 'not_found',
        status: 404,
        message: `no API route ${c.req.method} ${c.req.path}`,
      },
      404,
    ),
  )
  if (deps.webRoot) {
    mountWeb(app, deps.webRoot)
  }
  return app
}

function mountWeb(app: OpenAPIHono, webRoot: string): void {
  const indexFile = join(webRoot, 'index.html')
  app.use('/*', serveStatic({ root: webRoot }))
  // Client-side routes (/articles/…, /search) all load the single-page app.
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The web UI is not built: run `npm run build:web`.', 503)
    }
    return c.html(readFileSync(indexFile, 'utf8'))
  })
}
