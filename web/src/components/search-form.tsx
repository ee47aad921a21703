import { Form } from 'react-router'

/** Props of {@link SearchForm}. */
export interface SearchFormProps {
  /** The query to show in the box (the current search, or empty). */
  query: string
}

/** The site-wide search box: submits `GET /search?q=…`. */
export function SearchForm({ query }: SearchFormProps) {
  return (
    <Form action="/search" method="get" role="search" className="search-form">
      <label htmlFor="search-q" className="visually-hidden">
        Search articles
      </label>
      <input
        id="search-q"
        type="search"
        name="q"
        defaultValue={query}
        placeholder="Search articles, people, places…"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">Search</button>
    </Form>
  )
}
