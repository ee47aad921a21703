/**
 * The pages of the desk and how each loads its data (react-router data routers, library mode).
 * @module
 */

import { createBrowserRouter, type RouteObject } from 'react-router'
import { Loading } from './components/loading'
import { RootLayout } from './components/root-layout'
import { RouteError } from './components/route-error'
import { ActorRoute, actorLoader } from './routes/actor-route'
import { ApplicationsDetailRoute, applicationLoader } from './routes/applications-detail-route'
import { ApplicationsRoute, applicationsLoader } from './routes/applications-route'
import { ArticleRoute, articleLoader } from './routes/article-route'
import { ExportRoute } from './routes/export-route'
import { HomeRoute, homeLoader } from './routes/home-route'
import { LoginRoute, loginAction } from './routes/login-route'
import { DyadRoute, dyadLoader } from './routes/dyad-route'
import { NotFoundRoute } from './routes/not-found-route'
import { OrgRoute, orgLoader } from './routes/org-route'
import { PostEditorRoute, postEditorLoader } from './routes/post-editor-route'
import { PostsRoute, postsLoader } from './routes/posts-route'
import { SearchRoute, searchLoader } from './routes/search-route'
import { SourcesRoute, sourcesAction, sourcesLoader } from './routes/sources-route'
import { ThreadRoute, threadLoader } from './routes/thread-route'

/**
 * Route table. Pages with data have their own loader, error boundary and first-load
 * placeholder, so the header stays usable while a page loads or fails.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        HydrateFallback: Loading,
        children: [
          { index: true, loader: homeLoader, Component: HomeRoute },
          { path: 'search', loader: searchLoader, Component: SearchRoute },
          { path: 'articles/:id', loader: articleLoader, Component: ArticleRoute },
          { path: 'actors/:id', loader: actorLoader, Component: ActorRoute },
          { path: 'threads/:id', loader: threadLoader, Component: ThreadRoute },
          { path: 'dyads/:pair', loader: dyadLoader, Component: DyadRoute },
          // Cytoscape is large: loaded with the network page only.
          {
            path: 'network',
            lazy: () =>
              import('./routes/network-route').then((m) => ({
                loader: m.networkLoader,
                Component: m.NetworkRoute,
              })),
          },
          { path: 'orgs/:id', loader: orgLoader, Component: OrgRoute },
          {
            path: 'sources',
            loader: sourcesLoader,
            action: sourcesAction,
            Component: SourcesRoute,
          },
          { path: 'export', Component: ExportRoute },
          { path: 'login', action: loginAction, Component: LoginRoute },
          { path: 'applications', loader: applicationsLoader, Component: ApplicationsRoute },
          {
            path: 'applications/:id',
            loader: applicationLoader,
            Component: ApplicationsDetailRoute,
          },
          { path: 'posts', loader: postsLoader, Component: PostsRoute },
          { path: 'posts/new', loader: postEditorLoader, Component: PostEditorRoute },
          { path: 'posts/:id', loader: postEditorLoader, Component: PostEditorRoute },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
]

/** Creates the browser router for the app. */
export function createRouter() {
  return createBrowserRouter(routes)
}
