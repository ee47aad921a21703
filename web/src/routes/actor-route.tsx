import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getActor } from '../api/client'
import type { ActorDetails } from '../api/types'
import { ArticleList } from '../components/article-list'
import { formatPeriod, plural } from '../lib/format'
import { useDocumentTitle } from '../lib/use-document-title'

/** Loads `/actors/:id`: the actor and the articles that mention it. */
export async function actorLoader({ params, request }: LoaderFunctionArgs): Promise<ActorDetails> {
  return getActor(params.id ?? '', { signal: request.signal })
}

/** `/actors/:id`: who or what the actor is, its roles over time, and where it is mentioned. */
export function ActorRoute() {
  const { actor, articles } = useLoaderData<ActorDetails>()
  useDocumentTitle(actor.name)
  const shown = articles.items.length
  return (
    <article className="actor-page">
      <header>
        <h1>{actor.name}</h1>
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{actor.kind}</dd>
          <dt>Country</dt>
          <dd>{actor.country ?? '—'}</dd>
          <dt>CAMEO code</dt>
          <dd>{actor.cameo ? <code>{actor.cameo}</code> : '—'}</dd>
          {actor.aliases.length > 0 ? (
            <>
              <dt>Also known as</dt>
              <dd>{actor.aliases.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </header>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">Roles</h2>
        {actor.roles.length === 0 ? (
          <p className="empty">No roles recorded.</p>
        ) : (
          <ul className="roles">
            {actor.roles.map((role, index) => (
              <li key={index}>
                <span className="role-title">{role.title}</span>
                {role.org ? <span>, {role.org}</span> : null}
                {role.from || role.to ? (
                  <span className="muted"> ({formatPeriod(role.from, role.to)})</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">Articles mentioning {actor.name}</h2>
        <p className="list-summary">
          {plural(articles.total, 'article')}
          {shown < articles.total ? `, the latest ${String(shown)} shown` : ''}
        </p>
        <ArticleList items={articles.items} empty="No article mentions this actor yet." level={3} />
      </section>
    </article>
  )
}
