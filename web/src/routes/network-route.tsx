import cytoscape from 'cytoscape'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getNetwork } from '../api/client'
import type { ActorNetwork } from '../api/types'
import { plural } from '../lib/format'
import { buildGraph, type NetworkFilter } from '../lib/network'
import { useDocumentTitle } from '../lib/use-document-title'

/** What the network page shows. */
export interface NetworkData {
  from: string
  to: string
  network: ActorNetwork
}

/** Loads `/network?from=&to=`. */
export async function networkLoader({ request }: LoaderFunctionArgs): Promise<NetworkData> {
  const search = new URL(request.url).searchParams
  const from = search.get('from') ?? ''
  const to = search.get('to') ?? ''
  const network = await getNetwork(
    { from: from || undefined, to: to || undefined },
    { signal: request.signal },
  )
  return { from, to, network }
}

/** `/network`: actors linked by events and answers, filterable by dates and kind of link. */
export function NetworkRoute() {
  const { from, to, network } = useLoaderData<NetworkData>()
  useDocumentTitle('Network')
  const [filter, setFilter] = useState<NetworkFilter>({ events: true, answers: true })
  const elements = useMemo(() => buildGraph(network, filter), [network, filter])
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!box.current) {
      return undefined
    }
    const graph = cytoscape({
      container: box.current,
      elements,
      layout: { name: 'cose', animate: false, randomize: false },
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            width: 'data(size)',
            height: 'data(size)',
            'font-size': 10,
            'background-color': '#1f3a5f',
            color: '#1a1a1a',
          },
        },
        { selector: 'node.country', style: { 'background-color': '#7a5c00' } },
        { selector: 'node.person', style: { 'background-color': '#2f6f9f' } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
          },
        },
        {
          selector: 'edge.conflict',
          style: { 'line-color': '#b42318', 'target-arrow-color': '#b42318' },
        },
        {
          selector: 'edge.cooperation',
          style: { 'line-color': '#1d6b3a', 'target-arrow-color': '#1d6b3a' },
        },
        {
          selector: 'edge.answer',
          style: { 'line-color': '#777', 'target-arrow-color': '#777', 'line-style': 'dashed' },
        },
      ],
    })
    return () => {
      graph.destroy()
    }
  }, [elements])
  const names = new Map(network.nodes.map((n) => [n.id, n.name]))
  const shown = network.edges.filter((e) => (e.kind === 'event' ? filter.events : filter.answers))
  return (
    <article className="network-page">
      <h1>Network</h1>
      <Form method="get" className="range-form" aria-label="Dates">
        <label>
          From <input type="date" name="from" defaultValue={from} />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={to} />
        </label>
        <button type="submit">Show</button>
      </Form>
      <fieldset className="network-kinds">
        <legend>Links</legend>
        <label>
          <input
            type="checkbox"
            checked={filter.events}
            onChange={(e) => {
              setFilter({ ...filter, events: e.target.checked })
            }}
          />{' '}
          Events (green cooperation, red conflict)
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.answers}
            onChange={(e) => {
              setFilter({ ...filter, answers: e.target.checked })
            }}
          />{' '}
          Answers (dashed: speaker → the one answered)
        </label>
      </fieldset>
      <p className="list-summary" role="status">
        {plural(shown.length, 'link')} between{' '}
        {plural(new Set(shown.flatMap((e) => [e.source, e.target])).size, 'actor')}
      </p>
      <div
        ref={box}
        className="network-graph"
        role="img"
        aria-label="Graph of the actors and their links; the same links are listed below"
      />
      <section aria-labelledby="links-title">
        <h2 id="links-title">The links</h2>
        <ul className="network-links">
          {shown.slice(0, 60).map((e) => (
            <li key={`${e.kind}:${e.source}>${e.target}`}>
              <Link to={`/actors/${encodeURIComponent(e.source)}`}>
                {names.get(e.source) ?? e.source}
              </Link>
              {e.kind === 'event' ? ' → ' : ' answered '}
              <Link to={`/actors/${encodeURIComponent(e.target)}`}>
                {names.get(e.target) ?? e.target}
              </Link>{' '}
              <span className="muted">
                {e.kind === 'event' ? plural(e.weight, 'event') : plural(e.weight, 'time')}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  )
}
