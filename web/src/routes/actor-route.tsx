import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getActor } from '../api/client'
import type { ActorDetails } from '../api/types'
import { ArticleList } from '../components/article-list'
import { ExportLinks } from '../components/export-links'
import { Pager } from '../components/pager'
import { formatPeriod, plural } from '../lib/format'
import { PAGE_SIZE, pageParams, readPage } from '../lib/paging'
import { useDocumentTitle } from '../lib/use-document-title'

/** What the actor page shows. */
export interface ActorData extends ActorDetails {
  page: number
}

/** Loads `/actors/:id?page=`: the actor and one page of the articles that mention it. */
export async function actorLoader({ params, request }: LoaderFunctionArgs): Promise<ActorData> {
  const page = readPage(new URL(request.url).searchParams)
  const details = await getActor(params.id ?? '', pageParams(page), { signal: request.signal })
  return { ...details, page }
}

/**
 * `/actors/:id`: who or what the actor is, its roles over time, where it is mentioned, and
 * links to export those articles.
 */
export function ActorRoute() {
  const { actor, articles, page } = useLoaderData<ActorData>()
  useDocumentTitle(actor.name)
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
        <p className="list-summary">{plural(articles.total, 'article')}</p>
        <ArticleList
          items={articles.items}
          empty={page > 1 ? 'No more articles.' : 'No article mentions this actor yet.'}
          level={3}
        />
        <Pager
          page={page}
          total={articles.total}
          pageSize={PAGE_SIZE}
          label={`Pages of articles mentioning ${actor.name}`}
          previousText="Newer"
          nextText="Older"
        />
      </section>
      <section aria-labelledby="actor-export-title">
        <h2 id="actor-export-title">Export</h2>
        <p>Download every stored article that mentions {actor.name}:</p>
        <ExportLinks actor={actor.id} subject={`articles mentioning ${actor.name}`} />
      </section>
    </article>
  )
}
