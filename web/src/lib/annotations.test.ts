import { describe, expect, it } from 'vitest'
import type { ArticleRecord } from '../api/types'
import { collectAnnotations, compareAnnotationKinds, type Annotation } from './annotations'
import { nestSpans } from './segments'

const body = '“Azerbaijan will answer,” Leyla Abdullayeva said on 28 November.'

function record(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    schema: 'watchdesk.article/1',
    id: 'a1',
    url: null,
    canonicalUrl: null,
    source: { name: 'Caucasus Watch', domain: 'caucasuswatch.de' },
    title: 'Test',
    byline: null,
    published: '2019-11-29',
    language: 'en',
    body,
    actors: [
      { id: 'aze', name: 'Azerbaijan', kind: 'country', country: 'AZE', cameo: 'AZE', role: null },
      {
        id: 'abdullayeva',
        name: 'Leyla Abdullayeva',
        kind: 'person',
        country: 'AZE',
        cameo: 'AZEGOV',
        role: 'MFA spokesperson',
      },
    ],
    mentions: [
      { text: 'Azerbaijan', start: 1, end: 11, actor: 'aze' },
      { text: 'Leyla Abdullayeva', start: 26, end: 43, actor: 'abdullayeva' },
      { text: 'someone', start: 0, end: 1, actor: null },
    ],
    quotes: [
      {
        text: 'Azerbaijan will answer,',
        type: 'direct',
        speaker: { name: 'Leyla Abdullayeva', actor: 'abdullayeva', role: null },
        cue: 'said',
        start: 0,
        end: 25,
      },
    ],
    statements: [],
    events: [],
    references: [],
    dates: [{ text: '28 November', value: '2019-11-28', start: 52, end: 63 }],
    ...overrides,
  }
}

describe('collectAnnotations', () => {
  it('collects mentions with an actor, quotes, events and dates', () => {
    const kinds = collectAnnotations(record()).map((a) => `${a.kind}:${body.slice(a.start, a.end)}`)
    expect(kinds).toEqual([
      'actor:Azerbaijan',
      'actor:Leyla Abdullayeva',
      'quote:“Azerbaijan will answer,”',
      'date:28 November',
    ])
  })

  it('labels actor marks with the record’s actor name, else the mention text', () => {
    const annotations = collectAnnotations(
      record({ mentions: [{ text: 'Baku', start: 1, end: 11, actor: 'unknown-id' }] }),
    )
    expect(annotations[0]).toMatchObject({ kind: 'actor', actorId: 'unknown-id', label: 'Baku' })
  })

  it('keeps the index of quotes and events in the record', () => {
    const event = {
      code: '112',
      root: '11',
      label: 'Accuse',
      plover: null,
      goldstein: -2,
      source: { actor: 'aze', name: 'Azerbaijan', cameo: 'AZE' },
      target: null,
      date: null,
      location: null,
      start: 26,
      end: 47,
    }
    const annotations = collectAnnotations(record({ events: [event, event] }))
    const indexes = annotations.flatMap((a) => (a.kind === 'event' ? [a.index] : []))
    expect(indexes).toEqual([0, 1])
  })

  it('accepts a record without dates', () => {
    const withoutDates = record()
    delete withoutDates.dates
    expect(collectAnnotations(withoutDates).some((a) => a.kind === 'date')).toBe(false)
  })
})

describe('compareAnnotationKinds', () => {
  it('puts a quote outside an event, an event outside an actor, an actor outside a date', () => {
    const at = (kind: Annotation['kind']) => ({ kind, start: 0, end: 4 }) as Annotation
    const sorted = [at('date'), at('actor'), at('event'), at('quote')].sort(compareAnnotationKinds)
    expect(sorted.map((a) => a.kind)).toEqual(['quote', 'event', 'actor', 'date'])
  })

  it('nests actors inside the quote that contains them', () => {
    const tree = nestSpans(body, collectAnnotations(record()), { compare: compareAnnotationKinds })
    expect(tree.map((s) => (s.type === 'mark' ? s.span.kind : 'text'))).toEqual([
      'quote',
      'text',
      'actor',
      'text',
      'date',
      'text',
    ])
    const quote = tree[0]
    expect(quote?.type === 'mark' && quote.children.map((c) => c.type)).toEqual([
      'text',
      'mark',
      'text',
    ])
  })
})
