/** Placeholder shown while a page's data loads for the first time. */
export function Loading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  )
}
