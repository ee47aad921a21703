/** What the sources page shows when nothing is watched yet: how to add a source. */
export function SourcesEmpty() {
  return (
    <div className="sources-empty">
      <p className="empty">No sources are watched yet.</p>
      <p>
        Add a feed (RSS, Atom or JSON Feed), a sitemap or a single page from the command line, then
        start the watcher:
      </p>
      <pre className="command">
        <code>{'watchdesk sources add URL\nwatchdesk watch'}</code>
      </pre>
      <p>
        Each source is polled every 15 minutes unless you choose otherwise, for example{' '}
        <code>watchdesk sources add URL --interval 1h</code>. Programs can add sources too, with{' '}
        <code>POST /api/sources</code> and an API token (<code>watchdesk tokens create</code>). New
        sources appear here with their health.
      </p>
    </div>
  )
}
