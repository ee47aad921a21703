/** An article in a list: what the home page, search results and actor pages show. */
export interface ArticleSummary {
  id: string
  title: string
  url: string | null
  source: { name: string | null; domain: string | null }
  byline: string | null
  published: string | null
  language: string
  /** The start of the body, cut at a word boundary. */
  excerpt: string
}

/** A piece of a search snippet; `hit` marks the words that matched the query. */
export interface SnippetSegment {
  text: string
  hit: boolean
}

/** A search result: the article and a snippet with its hits marked. */
export interface SearchHit extends ArticleSummary {
  snippet: SnippetSegment[]
}

/** One page of a longer list. */
export interface Page<T> {
  total: number
  items: T[]
}

/** Paging of a list. */
export interface PageRequest {
  limit: number
  offset: number
}
