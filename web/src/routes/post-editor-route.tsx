import { useMemo, useState, type SyntheticEvent } from 'react'
import {
  Link,
  useLoaderData,
  useLocation,
  useNavigate,
  useRevalidator,
  type LoaderFunctionArgs,
} from 'react-router'
import { ApiError } from '../api/api-error'
import { getJson } from '../api/client'
import { sendJson } from '../api/send'
import { ThreadStatementItem } from '../components/thread-statement'
import { formatDate, formatDateTime } from '../lib/format'
import {
  dropSuggestion,
  localInputValue,
  parseTags,
  scheduleInstant,
  togglePin,
  type Post,
  type PostDraft,
  type Suggestions,
} from '../lib/posts'
import { formatRelatedReasons } from '../lib/related'
import { useDocumentTitle } from '../lib/use-document-title'
import { useLivePost } from '../lib/use-live-post'

interface EditorData {
  post: Post | null
  sections: string[]
  /** Readings per day of a published post, oldest first. */
  views: { day: string; views: number }[]
}

/** Loads the sections and, on `/posts/:id`, the post. */
export async function postEditorLoader({
  params,
  request,
}: LoaderFunctionArgs): Promise<EditorData> {
  const { signal } = request
  const sections = (await getJson('/api/posts/sections', { signal })) as { items: string[] }
  const post = params.id
    ? ((await getJson(`/api/posts/${encodeURIComponent(params.id)}`, { signal })) as Post)
    : null
  const views =
    post?.status === 'published'
      ? (
          (await getJson(`/api/posts/${encodeURIComponent(post.id)}/views`, { signal })) as {
            items: EditorData['views']
          }
        ).items
      : []
  return { post, sections: sections.items, views }
}

/** `/posts/new` and `/posts/:id`: write a post in Markdown with a live preview and See Also. */
export function PostEditorRoute() {
  const { post, sections, views } = useLoaderData<EditorData>()
  // A fresh editor for each post, so no field carries over from the last one.
  return (
    <>
      <PostEditor key={post?.id ?? 'new'} post={post} sections={sections} />
      {post?.status === 'published' ? <Readership views={views} /> : null}
    </>
  )
}

/** How many times the public page was read, per day (counted without cookies or identifiers). */
function Readership({ views }: { views: EditorData['views'] }) {
  const total = views.reduce((sum, v) => sum + v.views, 0)
  return (
    <section aria-labelledby="readership-title">
      <h2 id="readership-title">Readership</h2>
      <p>
        {total} reading{total === 1 ? '' : 's'} in all
        <span className="muted"> (counted per day, with no cookie and no identifier)</span>
      </p>
      {views.length > 0 ? (
        <div className="table-scroll">
          <table className="posts-table">
            <thead>
              <tr>
                <th>Day</th>
                <th>Readings</th>
              </tr>
            </thead>
            <tbody>
              {views.slice(-14).map((v) => (
                <tr key={v.day}>
                  <td>
                    <time dateTime={v.day}>{formatDate(v.day)}</time>
                  </td>
                  <td>{v.views}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}

interface Fields {
  title: string
  summary: string
  body: string
  section: string
  tags: string
  author: string
  slug: string
}

function fieldsOf(post: Post | null, sections: string[]): Fields {
  return {
    title: post?.title ?? '',
    summary: post?.summary ?? '',
    body: post?.body ?? '',
    section: post?.section ?? sections[0] ?? '',
    tags: post?.tags.join(', ') ?? '',
    author: post?.author.name ?? '',
    slug: post?.slug ?? '',
  }
}

function draftOf(fields: Fields): PostDraft {
  const slug = fields.slug.trim()
  return {
    title: fields.title,
    summary: fields.summary,
    body: fields.body,
    section: fields.section,
    tags: parseTags(fields.tags),
    author: fields.author,
    ...(slug ? { slug } : {}),
  }
}

function noticeOf(state: unknown): string | null {
  const notice = (state as { notice?: unknown } | null)?.notice
  return typeof notice === 'string' ? notice : null
}

function problemOf(e: unknown): string {
  return e instanceof ApiError ? e.message : String(e)
}

function PostEditor({ post, sections }: { post: Post | null; sections: string[] }) {
  const navigate = useNavigate()
  const revalidator = useRevalidator()
  const location = useLocation()
  const [fields, setFields] = useState(() => fieldsOf(post, sections))
  const [choice, setChoice] = useState(post?.seeAlso ?? { pinned: [], dropped: [] })
  const [scheduleAt, setScheduleAt] = useState(localInputValue(post?.publishAt ?? null))
  const [error, setError] = useState<string | null>(null)
  // A new post's first save moves to its own page, which mounts a fresh editor: the notice
  // travels in the navigation's state so that it is still shown there.
  const [notice, setNotice] = useState<string | null>(() => noticeOf(location.state))
  const [busy, setBusy] = useState(false)
  useDocumentTitle(post ? `Edit: ${post.title}` : 'New post')

  const draft = draftOf(fields)
  const hasText = fields.title.trim() !== '' || fields.body.trim() !== ''
  const preview = useLivePost<{ html: string }>('/api/posts/preview', { body: fields.body }, 300)
  const suggestions = useLivePost<Suggestions>(
    '/api/posts/suggest',
    hasText ? { ...draft, ...choice } : null,
    600,
  )
  const actorNames = useMemo(
    () => new Map((suggestions.data?.actors ?? []).map((a) => [a.id, a.name])),
    [suggestions.data],
  )

  const set = (name: keyof Fields) => (e: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [name]: e.target.value }))
    setNotice(null)
  }

  /** Saves the fields and the See Also choice; returns the post's id, or null on failure. */
  const save = async (): Promise<string | null> => {
    setBusy(true)
    setError(null)
    try {
      const saved = (await (post
        ? sendJson('PUT', `/api/posts/${post.id}`, draft)
        : sendJson('POST', '/api/posts', draft))) as Post
      await sendJson('PUT', `/api/posts/${saved.id}/see-also`, choice)
      return saved.id
    } catch (e: unknown) {
      setError(problemOf(e))
      return null
    } finally {
      setBusy(false)
    }
  }

  const afterSave = async (id: string, message: string): Promise<void> => {
    if (post) {
      setNotice(message)
      await revalidator.revalidate()
    } else {
      await navigate(`/posts/${id}`, { replace: true, state: { notice: message } })
    }
  }

  const onSave = (event: SyntheticEvent): void => {
    event.preventDefault()
    void save().then((id) => (id ? afterSave(id, 'Saved.') : undefined))
  }

  const changeStatus = async (status: Post['status']): Promise<void> => {
    let publishAt: string | null = null
    if (status === 'scheduled') {
      publishAt = scheduleInstant(scheduleAt)
      if (!publishAt) {
        setError('Choose the date and time to publish at.')
        return
      }
    }
    const id = await save()
    if (!id) {
      return
    }
    setBusy(true)
    try {
      await sendJson('POST', `/api/posts/${id}/status`, {
        status,
        ...(publishAt ? { publishAt } : {}),
      })
      const done =
        status === 'published'
          ? 'Published.'
          : status === 'scheduled'
            ? `Scheduled for ${formatDateTime(publishAt)}.`
            : 'Back to draft: the public page is gone.'
      await afterSave(id, done)
    } catch (e: unknown) {
      setError(problemOf(e))
    } finally {
      setBusy(false)
    }
  }

  const remove = async (): Promise<void> => {
    if (!post || !window.confirm(`Delete “${post.title}” for good?`)) {
      return
    }
    try {
      await sendJson('DELETE', `/api/posts/${post.id}`)
      await navigate('/posts')
    } catch (e: unknown) {
      setError(problemOf(e))
    }
  }

  return (
    <section aria-labelledby="post-editor-title" className="post-editor">
      <p>
        <Link to="/posts">All posts</Link>
      </p>
      <h1 id="post-editor-title">{post ? 'Edit post' : 'New post'}</h1>
      {post ? (
        <p>
          Status: <strong>{post.status}</strong>
          {post.publishAt ? (
            <>
              {' '}
              ({post.status === 'scheduled' ? 'goes public' : 'public since'}{' '}
              <time dateTime={post.publishAt}>{formatDateTime(post.publishAt)}</time>)
            </>
          ) : null}
          {post.status === 'published' ? (
            <>
              {' · '}
              <a href={`/site/articles/${encodeURIComponent(post.slug)}`}>Public page</a>
            </>
          ) : null}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="form-note">
          {notice}
        </p>
      ) : null}
      <div className="post-editor-layout">
        <form className="post-form" onSubmit={onSave} aria-label="Post">
          <label>
            Title
            <input value={fields.title} onChange={set('title')} required maxLength={300} />
          </label>
          <label>
            Summary
            <textarea value={fields.summary} onChange={set('summary')} rows={2} maxLength={1000} />
          </label>
          <div className="post-form-row">
            <label>
              Section
              <select value={fields.section} onChange={set('section')}>
                {sections.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
            <label>
              Author
              <input value={fields.author} onChange={set('author')} required maxLength={200} />
            </label>
          </div>
          <label>
            Tags <span className="muted">(separated by commas)</span>
            <input value={fields.tags} onChange={set('tags')} />
          </label>
          <label>
            Address <span className="muted">(slug; made from the title when empty)</span>
            <input
              value={fields.slug}
              onChange={set('slug')}
              maxLength={100}
              disabled={post?.status === 'published'}
            />
          </label>
          <label>
            Text <span className="muted">(Markdown)</span>
            <textarea value={fields.body} onChange={set('body')} rows={16} required />
          </label>
          <div className="post-actions">
            <button type="submit" disabled={busy}>
              Save
            </button>
            {post?.status !== 'published' ? (
              <button type="button" disabled={busy} onClick={() => void changeStatus('published')}>
                Publish now
              </button>
            ) : null}
            {post && post.status !== 'draft' ? (
              <button type="button" disabled={busy} onClick={() => void changeStatus('draft')}>
                Back to draft
              </button>
            ) : null}
            {post ? (
              <button type="button" disabled={busy} onClick={() => void remove()}>
                Delete
              </button>
            ) : null}
          </div>
          {post?.status !== 'published' ? (
            <div className="post-actions">
              <label>
                Publish at
                <input
                  type="datetime-local"
                  value={scheduleAt}
                  onChange={(e) => {
                    setScheduleAt(e.target.value)
                  }}
                />
              </label>
              <button type="button" disabled={busy} onClick={() => void changeStatus('scheduled')}>
                Schedule
              </button>
            </div>
          ) : null}
        </form>
        <div className="post-side">
          <section aria-labelledby="preview-title" className="post-preview">
            <h2 id="preview-title">Preview</h2>
            {preview.error ? <p className="form-error">{preview.error}</p> : null}
            {/* The server's Markdown renderer escapes all HTML: this is safe to insert. */}
            <div
              className="post-preview-body"
              dangerouslySetInnerHTML={{ __html: preview.data?.html ?? '' }}
            />
          </section>
          <SuggestionsPanel
            suggestions={suggestions.data}
            error={suggestions.error}
            pending={suggestions.pending}
            hasText={hasText}
            actorNames={actorNames}
            dropped={choice.dropped.length}
            onPin={(id) => {
              setChoice((c) => togglePin(c, id))
            }}
            onDrop={(id) => {
              setChoice((c) => dropSuggestion(c, id))
            }}
            onRestore={() => {
              setChoice((c) => ({ pinned: c.pinned, dropped: [] }))
            }}
          />
        </div>
      </div>
    </section>
  )
}

interface SuggestionsPanelProps {
  suggestions: Suggestions | null
  error: string | null
  pending: boolean
  hasText: boolean
  actorNames: ReadonlyMap<string, string>
  dropped: number
  onPin: (id: string) => void
  onDrop: (id: string) => void
  onRestore: () => void
}

/** See Also suggestions with why each was chosen, pin and drop; earlier statements to cite. */
function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { suggestions, error, pending, hasText, actorNames, dropped } = props
  return (
    <section aria-labelledby="suggest-title" className="post-suggestions" aria-busy={pending}>
      <h2 id="suggest-title">See Also</h2>
      <p className="muted">
        Pinned articles come first on the public page; dropped ones are never suggested again for
        this post. Saving keeps the choice.
      </p>
      {error ? <p className="form-error">{error}</p> : null}
      {!hasText ? <p className="muted">Write a title or some text to get suggestions.</p> : null}
      {suggestions?.seeAlso.length === 0 ? (
        <p className="muted">Nothing in the archive is related yet.</p>
      ) : null}
      {suggestions && suggestions.seeAlso.length > 0 ? (
        <ol className="suggestion-list">
          {suggestions.seeAlso.map((item) => (
            <li key={item.id} data-pinned={item.pinned ? 'true' : undefined}>
              <Link to={`/articles/${encodeURIComponent(item.id)}`}>{item.title}</Link>
              <span className="muted">
                {' '}
                · {item.source.name ?? item.source.domain ?? 'unknown source'}
                {item.published ? ` · ${formatDate(item.published)}` : ''}
              </span>
              <p className="related-why">
                {formatRelatedReasons(item.reasons, actorNames) ||
                  (item.pinned ? 'Pinned by an editor' : '')}
              </p>
              <button
                type="button"
                aria-pressed={item.pinned}
                onClick={() => {
                  props.onPin(item.id)
                }}
              >
                {item.pinned ? 'Unpin' : 'Pin'}
                <span className="visually-hidden"> {item.title}</span>
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  props.onDrop(item.id)
                }}
              >
                Drop<span className="visually-hidden"> {item.title}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {dropped > 0 ? (
        <p>
          {dropped} dropped ·{' '}
          <button type="button" className="link-button" onClick={props.onRestore}>
            Suggest them again
          </button>
        </p>
      ) : null}
      {suggestions && suggestions.earlierStatements.length > 0 ? (
        <>
          <h3>Earlier statements by the same actors</h3>
          <ul className="statement-feed">
            {suggestions.earlierStatements.map((s) => (
              <li key={s.id}>
                <ThreadStatementItem statement={s} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
