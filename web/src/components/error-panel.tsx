import { Link, useRevalidator } from 'react-router'
import { explainError } from '../api/api-error'

/** Props of {@link ErrorPanel}. */
export interface ErrorPanelProps {
  error: unknown
}

/** Explains a failed load to the reader, with a retry button when retrying may help. */
export function ErrorPanel({ error }: ErrorPanelProps) {
  const { title, detail, retryable } = explainError(error)
  const revalidator = useRevalidator()
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{detail}</p>
      <p className="error-actions">
        {retryable ? (
          <button
            type="button"
            onClick={() => void revalidator.revalidate()}
            disabled={revalidator.state === 'loading'}
          >
            {revalidator.state === 'loading' ? 'Retrying…' : 'Try again'}
          </button>
        ) : null}
        <Link to="/">Back to the latest articles</Link>
      </p>
    </section>
  )
}
