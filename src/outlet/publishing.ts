import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import { extractDocument } from '../extract/extract-document.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { ThreadStatement } from '../store/statement-queries.ts'
import type { RelatedArticle } from '../store/related-queries.ts'
import type { Store } from '../store/store.ts'
import { renderMarkdown } from './markdown.ts'
import type { Post, PostInput } from './post-repository.ts'
import { escapeHtml } from '../site/layout.ts'

/** The public address of a post. */
export function postUrl(base: string, slug: string): string {
  return `${base}/site/articles/${slug}`
}

/** A post (or a draft) as the page the archive's pipeline reads: title, byline, date, body. */
function postPage(
  post: Pick<Post, 'title' | 'body' | 'summary'> & { author: string; date: string | null },
): string {
  const date = post.date
    ? `<meta property="article:published_time" content="${escapeHtml(post.date)}">`
    : ''
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(post.title)}</title>${date}<meta name="author" content="${escapeHtml(post.author)}"></head><body><article><h1>${escapeHtml(post.title)}</h1>${post.summary ? `<p>${escapeHtml(post.summary)}</p>` : ''}${renderMarkdown(post.body)}</article></body></html>`
}

/** Runs a post through the same analysis as every article of the archive. */
export function analysePost(
  post: Pick<Post, 'title' | 'body' | 'summary'> & { author: string; date: string | null },
  url: string | null,
  kb: KnowledgeBase,
): AnalysedArticle {
  return extractDocument({ url, html: postPage(post), published: post.date }, { kb })
}

/**
 * Saves a published post into the archive, so that it is searched, coded and linked like any
 * other article. Returns the archive's id for it.
 */
export async function archivePost(
  store: Store,
  kb: KnowledgeBase,
  post: Post,
  base: string,
): Promise<string> {
  const analysed = analysePost(
    { ...post, author: post.author.name, date: post.publishAt },
    postUrl(base, post.slug),
    kb,
  )
  const result = await store.saveArticle(analysed)
  return result.id
}

/** A See Also suggestion with why it was chosen, and whether the editor pinned it. */
export interface SeeAlsoSuggestion extends RelatedArticle {
  pinned: boolean
}

/** What Watchdesk suggests while an editor writes. */
export interface Suggestions {
  seeAlso: SeeAlsoSuggestion[]
  /** Earlier statements by the actors of the draft: coverage to cross-reference. */
  earlierStatements: ThreadStatement[]
  /** The actors the analysis found in the draft. */
  actors: { id: string; name: string }[]
}

/**
 * Ranks stored articles for a draft's See Also (shared actors, events, tags and words, with
 * the reasons), pinned ones first and dropped ones left out, and finds earlier statements by
 * the draft's actors.
 */
export async function suggestForDraft(
  store: Store,
  kb: KnowledgeBase,
  draft: PostInput,
  choice: { pinned: string[]; dropped: string[] } = { pinned: [], dropped: [] },
  limit = 8,
): Promise<Suggestions> {
  const { record } = analysePost({ ...draft, summary: draft.summary ?? '', date: null }, null, kb)
  const ranked = await store.relatedToRecord(record, limit + choice.pinned.length, {
    tags: draft.tags ?? [],
    exclude: choice.dropped,
  })
  const pinned: SeeAlsoSuggestion[] = []
  for (const id of choice.pinned) {
    const found = ranked.find((r) => r.id === id)
    if (found) {
      pinned.push({ ...found, pinned: true })
      continue
    }
    const stored = await store.getArticle(id)
    if (stored) {
      const { record: other } = stored
      pinned.push({
        id: other.id,
        title: other.title,
        url: other.url,
        source: other.source,
        byline: other.byline,
        published: other.published,
        language: other.language,
        excerpt: other.body.slice(0, 200),
        score: 0,
        reasons: { actors: [], eventRoots: [], terms: [] },
        pinned: true,
      })
    }
  }
  const rest = ranked
    .filter((r) => !choice.pinned.includes(r.id))
    .map((r) => ({ ...r, pinned: false }))
  const people = record.actors.filter((a) => a.kind !== 'country')
  const earlier: ThreadStatement[] = []
  for (const actor of people.slice(0, 5)) {
    const activity = await store.actorActivity(actor.id, 3)
    earlier.push(...activity.statements)
  }
  return {
    seeAlso: [...pinned, ...rest].slice(0, Math.max(limit, pinned.length)),
    earlierStatements: earlier.slice(0, 10),
    actors: record.actors.map((a) => ({ id: a.id, name: a.name })),
  }
}
