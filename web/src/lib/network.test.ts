import { describe, expect, it } from 'vitest'
import type { ActorNetwork } from '../api/types'
import { buildGraph } from './network'

const network: ActorNetwork = {
  nodes: [
    { id: 'ARM', name: 'Armenia', kind: 'country', statements: 0 },
    { id: 'AZE', name: 'Azerbaijan', kind: 'country', statements: 0 },
    { id: 'leyla', name: 'Leyla Abdullayeva', kind: 'person', statements: 1 },
    { id: 'nikol', name: 'Nikol Pashinyan', kind: 'person', statements: 1 },
  ],
  edges: [
    { source: 'AZE', target: 'ARM', kind: 'event', weight: 3, goldstein: -7 },
    { source: 'ARM', target: 'AZE', kind: 'event', weight: 1, goldstein: 4 },
    { source: 'leyla', target: 'nikol', kind: 'answer', weight: 1, goldstein: null },
  ],
}

describe('network graph', () => {
  it('draws every link asked for, and only the actors they join', () => {
    const all = buildGraph(network, { events: true, answers: true })
    expect(all.filter((e) => e.data.source).map((e) => e.classes)).toEqual([
      'event conflict',
      'event cooperation',
      'answer',
    ])
    expect(all.filter((e) => !e.data.source)).toHaveLength(4)
    const answers = buildGraph(network, { events: false, answers: true })
    expect(answers.filter((e) => !e.data.source).map((e) => e.data.id)).toEqual(['leyla', 'nikol'])
    expect(buildGraph(network, { events: false, answers: false })).toEqual([])
  })

  it('sizes actors by the weight of their links', () => {
    const all = buildGraph(network, { events: true, answers: true })
    const size = (id: string) => all.find((e) => e.data.id === id)?.data.size ?? 0
    expect(size('ARM')).toBeGreaterThan(size('leyla'))
    expect(size('ARM')).toBe(size('AZE'))
  })
})
