import { useMemo } from 'react'
import type { RecordActor, RelatedArticle } from '../api/types'
import { formatRelatedReasons } from '../lib/related'
import { ArticleList } from './article-list'

/** Props of {@link SeeAlso}. */
export interface SeeAlsoProps {
  /** Related articles, best first; `null` when they could not be loaded. */
  items: readonly RelatedArticle[] | null
  /** The page's actors, to name the shared ones. */
  actors: readonly RecordActor[]
}

/** "See Also": related articles, each with a line on why it is related. */
export function SeeAlso({ items, actors }: SeeAlsoProps) {
  const names = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors])
  return (
    <section className="see-also" aria-labelledby="see-also-title">
      <h2 id="see-also-title">See Also</h2>
      <ArticleList
        items={items ?? []}
        level={3}
        empty={
          items === null ? 'Related articles could not be loaded.' : 'No related articles yet.'
        }
        renderText={(item) => <Why text={formatRelatedReasons(item.reasons, names)} />}
      />
    </section>
  )
}

function Why({ text }: { text: string }) {
  if (!text) {
    return null
  }
  return (
    <p className="related-why">
      <span className="visually-hidden">Why: </span>
      {text}
    </p>
  )
}
