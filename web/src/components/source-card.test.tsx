import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Source } from '../api/types'
import { SourceCard } from './source-card'

const NOW = Date.parse('2024-03-10T12:00:00Z')

const HEALTHY: Source = {
  id: 'abc123',
  url: 'https://caucasuswatch.de/en/feed.xml',
  intervalSeconds: 900,
  etag: null,
  lastModified: null,
  nextPollAt: '2024-03-10T12:10:00Z',
  lastSuccessAt: '2024-03-10T11:55:00Z',
  lastError: 'HTTP 503 Service Unavailable',
  lastErrorAt: '2024-03-08T12:00:00Z',
  createdAt: '2024-01-01T00:00:00Z',
  health: { itemsSeen: 1234, itemsPerDay: 4.3, lastItemAt: '2024-03-10T10:00:00Z', warning: null },
}

const render = (source: Source) => renderToStaticMarkup(<SourceCard source={source} now={NOW} />)

describe('SourceCard', () => {
  it('links the URL and shows the figures with exact times in titles', () => {
    const html = render(HEALTHY)
    expect(html).toContain('href="https://caucasuswatch.de/en/feed.xml"')
    expect(html).toContain('15 min')
    expect(html).toContain(
      '<time dateTime="2024-03-10T11:55:00Z" title="10 Mar 2024, 11:55 UTC">5 minutes ago</time>',
    )
    expect(html).toContain('4.3')
    expect(html).toContain('1,234')
    expect(html).toContain('2 hours ago')
    expect(html).toContain('in 10 minutes')
  })

  it('hides an error the source has recovered from, and has no warning when healthy', () => {
    const html = render(HEALTHY)
    expect(html).not.toContain('HTTP 503')
    expect(html).not.toContain('source-warning')
  })

  it('shows the warning and an error newer than the last success', () => {
    const html = render({
      ...HEALTHY,
      lastError: 'HTTP 502 Bad Gateway',
      lastErrorAt: '2024-03-10T11:58:00Z',
      health: { ...HEALTHY.health, warning: 'last poll failed: HTTP 502 Bad Gateway' },
    })
    expect(html).toMatch(/<p class="source-warning" data-kind="source-warning">.*HTTP 502/)
    expect(html).toContain('source-card-warning')
    expect(html).toContain('Last error')
    expect(html).toContain('2 minutes ago')
  })

  it('says "never" and "none yet" for a source that has not been polled', () => {
    const html = render({
      ...HEALTHY,
      lastSuccessAt: null,
      lastError: null,
      lastErrorAt: null,
      nextPollAt: '2024-03-10T11:00:00Z',
      health: { itemsSeen: 0, itemsPerDay: 0, lastItemAt: null, warning: null },
    })
    expect(html).toContain('never')
    expect(html).toContain('none yet')
    expect(html).toContain('due 1 hour ago')
  })
})
