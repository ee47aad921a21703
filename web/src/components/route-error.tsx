import { useRouteError } from 'react-router'
import { useDocumentTitle } from '../lib/use-document-title'
import { ErrorPanel } from './error-panel'

/** Error boundary of a page: shows why its data could not be loaded or rendered. */
export function RouteError() {
  const error = useRouteError()
  useDocumentTitle('Error')
  return <ErrorPanel error={error} />
}
