import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { RecordActor, RelatedArticle } from '../api/types'
import { SeeAlso } from './see-also'

const ACTORS: RecordActor[] = [
  { id: 'csto', name: 'CSTO', kind: 'organization', country: null, cameo: 'IGOCSTO', role: null },
]

const RELATED: RelatedArticle = {
  id: 'cw-2019-09-13-observer',
  title: 'Armenia sets conditions',
  url: null,
  source: { name: 'Caucasus Watch', domain: 'caucasuswatch.de' },
  byline: null,
  published: '2019-11-28',
  language: 'en',
  excerpt: 'On 12 September…',
  score: 3.5,
  reasons: { actors: ['csto', 'arm-mfa'], eventRoots: ['19'], terms: ['csto', 'observer'] },
}

const render = (items: RelatedArticle[] | null) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <SeeAlso items={items} actors={ACTORS} />
    </MemoryRouter>,
  )

describe('SeeAlso', () => {
  it('links each related article and says why', () => {
    const html = render([RELATED])
    expect(html).toContain('<h2 id="see-also-title">See Also</h2>')
    expect(html).toContain('href="/articles/cw-2019-09-13-observer"')
    expect(html).toContain('Caucasus Watch')
    expect(html).toContain('28 Nov 2019')
    expect(html).toContain(
      'Same actors: CSTO, arm-mfa · Same kind of event: Fight · Shared words: csto, observer',
    )
  })

  it('has an empty state, and another when loading failed', () => {
    expect(render([])).toContain('No related articles yet.')
    expect(render(null)).toContain('Related articles could not be loaded.')
  })
})
