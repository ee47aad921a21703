import { Link } from 'react-router'
import { ExportLinks } from '../components/export-links'
import { useDocumentTitle } from '../lib/use-document-title'

/** `/export`: download every stored article or event in one of three formats. */
export function ExportRoute() {
  useDocumentTitle('Export')
  return (
    <section className="export-page" aria-labelledby="export-title">
      <h1 id="export-title">Export</h1>
      <p className="intro">
        Download every stored article, oldest first, for analysis elsewhere. Republished copies are
        included and marked. To export one actor’s articles, use the links on its page (open an
        actor from any article).
      </p>
      <ExportLinks />
      <p className="muted">
        The same files come from <code>watchdesk export --format FORMAT</code>, which also takes{' '}
        <code>--from</code>, <code>--to</code> and <code>--actor</code>.{' '}
        <Link to="/">Back to the latest articles</Link>.
      </p>
    </section>
  )
}
