import { useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getThread } from '../api/client'
import type { StatementThread } from '../api/types'
import { ThreadStatementItem } from '../components/thread-statement'
import { useDocumentTitle } from '../lib/use-document-title'

/** Loads `/threads/:id`: a statement with what it answers and its answers. */
export async function threadLoader({
  params,
  request,
}: LoaderFunctionArgs): Promise<StatementThread> {
  return getThread(params.id ?? '', { signal: request.signal })
}

/** `/threads/:id`: the chain a statement answers, the statement, and the answers it got, across articles. */
export function ThreadRoute() {
  const { statement, answers, replies } = useLoaderData<StatementThread>()
  useDocumentTitle(`Thread: ${statement.speaker.name}`)
  const earlier = [...answers].reverse()
  return (
    <article className="thread-page">
      <h1>Statement by {statement.speaker.name}</h1>
      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-title">
          <h2 id="earlier-title">What it answers</h2>
          <ol className="thread-chain">
            {earlier.map((s) => (
              <li key={s.id}>
                <ThreadStatementItem statement={s} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="statement-title" className="thread-focus">
        <h2 id="statement-title">The statement</h2>
        <ThreadStatementItem statement={statement} />
      </section>
      <section aria-labelledby="replies-title">
        <h2 id="replies-title">Answers</h2>
        {replies.length === 0 ? (
          <p className="empty">No answer to this statement is stored yet.</p>
        ) : (
          <ol className="thread-chain">
            {replies.map((s) => (
              <li key={s.id}>
                <ThreadStatementItem statement={s} lead="Answer by" />
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  )
}
