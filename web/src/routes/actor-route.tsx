import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getActor, getActorActivity } from '../api/client'
import type { ActorActivity, ActorDetails } from '../api/types'
import { ThreadStatementItem } from '../components/thread-statement'
import { ArticleList } from '../components/article-list'
import { ExportLinks } from '../components/export-links'
import { Pager } from '../components/pager'
import { formatPeriod, plural } from '../lib/format'
import { PAGE_SIZE, pageParams, readPage } from '../lib/paging'
import { useDocumentTitle } from '../lib/use-document-title'

/** What the actor page shows. */
export interface ActorData extends ActorDetails {
  page: number
  activity: ActorActivity
}

/** Loads `/actors/:id?page=`: the actor and one page of the articles that mention it. */
export async function actorLoader({ params, request }: LoaderFunctionArgs): Promise<ActorData> {
  const page = readPage(new URL(request.url).searchParams)
  const id = params.id ?? ''
  const [details, activity] = await Promise.all([
    getActor(id, pageParams(page), { signal: request.signal }),
    getActorActivity(id, { signal: request.signal }),
  ])
  return { ...details, activity, page }
}

/**
 * `/actors/:id`: who or what the actor is, its roles over time, where it is mentioned, and
 * links to export those articles.
 */
export function ActorRoute() {
  const { actor, articles, page, activity } = useLoaderData<ActorData>()
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
      <section aria-labelledby="statements-title">
        <h2 id="statements-title">Statements by {actor.name}</h2>
        {activity.statements.length === 0 ? (
          <p className="empty">No statements recorded.</p>
        ) : (
          <ul className="statement-feed">
            {activity.statements.map((s) => (
              <li key={s.id}>
                <ThreadStatementItem statement={s} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="answers-given-title">
        <h2 id="answers-given-title">Answers given</h2>
        {activity.answersGiven.length === 0 ? (
          <p className="empty">No answers recorded.</p>
        ) : (
          <ul className="statement-feed">
            {activity.answersGiven.map((p) => (
              <li key={p.answer.id}>
                <ThreadStatementItem statement={p.to} lead="To" />
                <ul className="answers">
                  <li>
                    <ThreadStatementItem statement={p.answer} lead="Answer by" />
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="answers-received-title">
        <h2 id="answers-received-title">Answers received</h2>
        {activity.answersReceived.length === 0 ? (
          <p className="empty">No answers recorded.</p>
        ) : (
          <ul className="statement-feed">
            {activity.answersReceived.map((p) => (
              <li key={p.answer.id}>
                <ThreadStatementItem statement={p.answer} lead="Answer by" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="counterparts-title">
        <h2 id="counterparts-title">Counterparts</h2>
        {activity.counterparts.length === 0 ? (
          <p className="empty">No events or answers with others recorded.</p>
        ) : (
          <ul className="counterparts">
            {activity.counterparts.map((c) => (
              <li key={c.actor}>
                <Link to={`/actors/${encodeURIComponent(c.actor)}`}>{c.name}</Link>{' '}
                <span className="muted">
                  {plural(c.events, 'event')}, {plural(c.answers, 'answer')}
                </span>
                {actor.kind === 'country' && /^[A-Z]{3}$/.test(c.actor) ? (
                  <>
                    {' · '}
                    <Link to={`/dyads/${[actor.id, c.actor].sort().join('-')}`}>
                      Timeline
                      <span className="visually-hidden">
                        {' '}
                        of {actor.name} and {c.name}
                      </span>
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {actor.kind === 'organization' ? (
        <p>
          <Link to={`/orgs/${encodeURIComponent(actor.id)}`}>
            Members and rules of {actor.name}
          </Link>
        </p>
      ) : null}
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
