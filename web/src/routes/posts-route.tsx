import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getJson } from '../api/client'
import type { Post, PostStatus } from '../lib/posts'
import { useDocumentTitle } from '../lib/use-document-title'

const STATUSES: PostStatus[] = ['draft', 'scheduled', 'published']

interface PostsData {
  items: Post[]
  status: string
}

/** Loads the outlet's posts, optionally of one status (`/posts?status=`). */
export async function postsLoader({ request }: LoaderFunctionArgs): Promise<PostsData> {
  const status = new URL(request.url).searchParams.get('status') ?? ''
  const query = status ? `?status=${encodeURIComponent(status)}` : ''
  const list = (await getJson(`/api/posts${query}`, { signal: request.signal })) as {
    items: Post[]
  }
  return { items: list.items, status }
}

/** `/posts`: the outlet's own articles for editors: drafts, scheduled and published. */
export function PostsRoute() {
  const { items, status } = useLoaderData<PostsData>()
  useDocumentTitle('Posts')
  return (
    <section aria-labelledby="posts-title">
      <h1 id="posts-title">Posts</h1>
      <p>
        <Link to="/posts/new">New post</Link>
      </p>
      <nav aria-label="Filter by status">
        <Link to="/posts" aria-current={status === '' ? 'page' : undefined}>
          all
        </Link>{' '}
        {STATUSES.map((s) => (
          <span key={s}>
            ·{' '}
            <Link to={`/posts?status=${s}`} aria-current={s === status ? 'page' : undefined}>
              {s}
            </Link>{' '}
          </span>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="muted">No posts{status ? ` ${status}` : ''} yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="posts-table">
            <thead>
              <tr>
                <th>Title</th>
                <th>Section</th>
                <th>Author</th>
                <th>Status</th>
                <th>Goes public</th>
                <th>Updated</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/posts/${p.id}`}>{p.title || '(untitled)'}</Link>
                    {p.status === 'published' ? (
                      <>
                        {' '}
                        <a href={`/site/articles/${encodeURIComponent(p.slug)}`}>(public page)</a>
                      </>
                    ) : null}
                  </td>
                  <td>{p.section}</td>
                  <td>{p.author.name}</td>
                  <td>{p.status}</td>
                  <td>
                    {p.publishAt ? (
                      <time dateTime={p.publishAt}>
                        {p.publishAt.slice(0, 16).replace('T', ' ')}
                      </time>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <time dateTime={p.updatedAt}>{p.updatedAt.slice(0, 10)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
