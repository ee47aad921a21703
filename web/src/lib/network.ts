/**
 * The network page's graph: actors as nodes, events and answers as edges, in the element
 * format Cytoscape.js takes.
 * @module
 */

import type { ActorNetwork } from '../api/types'

/** Which links to draw. */
export interface NetworkFilter {
  events: boolean
  answers: boolean
}

/** A Cytoscape element definition (nodes have no `source`). */
export interface GraphElement {
  data: {
    id: string
    label?: string
    kind?: string
    size?: number
    source?: string
    target?: string
    weight?: number
    width?: number
    goldstein?: number | null
  }
  classes?: string
}

/**
 * Builds the graph: edges of the kinds asked for (an answer and an event between the same two
 * actors stay two edges), and only the actors they join, sized by how many links they have.
 */
export function buildGraph(network: ActorNetwork, filter: NetworkFilter): GraphElement[] {
  const edges = network.edges.filter((e) => (e.kind === 'event' ? filter.events : filter.answers))
  const degree = new Map<string, number>()
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + edge.weight)
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + edge.weight)
  }
  const nodes: GraphElement[] = network.nodes
    .filter((n) => degree.has(n.id))
    .map((n) => ({
      data: {
        id: n.id,
        label: n.name,
        kind: n.kind,
        size: Math.round(16 + 8 * Math.sqrt(degree.get(n.id) ?? 0)),
      },
      classes: n.kind,
    }))
  const links: GraphElement[] = edges.map((e) => ({
    data: {
      id: `${e.kind}:${e.source}>${e.target}`,
      source: e.source,
      target: e.target,
      weight: e.weight,
      width: Math.min(10, 1 + Math.log2(e.weight + 1) * 1.5),
      goldstein: e.goldstein,
    },
    classes:
      e.kind === 'event'
        ? e.goldstein !== null && e.goldstein < 0
          ? 'event conflict'
          : 'event cooperation'
        : 'answer',
  }))
  return [...nodes, ...links]
}
