import { useMemo } from 'react'
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getDyad, getDyadEvents } from '../api/client'
import type { DyadEvent, DyadTimeline, Page } from '../api/types'
import type { ChartOption } from '../components/echart'
import { Chart } from '../components/lazy-chart'
import { Pager } from '../components/pager'
import { formatDate, formatGoldstein, plural } from '../lib/format'
import { PAGE_SIZE, pageParams, readPage } from '../lib/paging'
import { useDocumentTitle } from '../lib/use-document-title'
import { fillWeeks } from '../lib/weeks'

/** What the dyad page shows. */
export interface DyadData {
  pair: string
  from: string
  to: string
  page: number
  timeline: DyadTimeline
  events: Page<DyadEvent>
}

const QUADS = [
  { name: 'Verbal cooperation', color: '#7fb685' },
  { name: 'Material cooperation', color: '#1d6b3a' },
  { name: 'Verbal conflict', color: '#e59866' },
  { name: 'Material conflict', color: '#b42318' },
]

/** Loads `/dyads/ARM-AZE?from=&to=&page=`: the timeline and a page of events. */
export async function dyadLoader({ params, request }: LoaderFunctionArgs): Promise<DyadData> {
  const search = new URL(request.url).searchParams
  const pair = (params.pair ?? '').toUpperCase()
  const from = search.get('from') ?? ''
  const to = search.get('to') ?? ''
  const page = readPage(search)
  const range = { from: from || undefined, to: to || undefined }
  const options = { signal: request.signal }
  const [timeline, events] = await Promise.all([
    getDyad(pair, range, options),
    getDyadEvents(pair, range, pageParams(page), options),
  ])
  return { pair, from, to, page, timeline, events }
}

/** `/dyads/:pair`: events by week by quad class with mean Goldstein, and the events table. */
export function DyadRoute() {
  const { from, to, page, timeline, events } = useLoaderData<DyadData>()
  const [a, b] = timeline.dyad.split('-')
  useDocumentTitle(`${a ?? ''} – ${b ?? ''}`)
  const option = useMemo<ChartOption>(() => {
    const weeks = fillWeeks(timeline.weeks)
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: weeks.map((w) => w.week) },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10 },
      ],
      series: [
        ...QUADS.map((q, i) => ({
          name: q.name,
          type: 'bar',
          stack: 'quads',
          itemStyle: { color: q.color },
          data: weeks.map((w) => w.quads[i] ?? 0),
        })),
        {
          name: 'Mean Goldstein',
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          itemStyle: { color: '#1f3a5f' },
          data: weeks.map((w) => w.goldstein),
        },
      ],
    }
  }, [timeline])
  return (
    <article className="dyad-page">
      <h1>
        {a} – {b}
      </h1>
      <p className="list-summary">
        {plural(timeline.events, 'event')}
        {timeline.goldstein !== null
          ? `, mean Goldstein ${formatGoldstein(timeline.goldstein)}`
          : ''}
      </p>
      <Form method="get" className="range-form" aria-label="Dates">
        <label>
          From <input type="date" name="from" defaultValue={from} />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={to} />
        </label>
        <button type="submit">Show</button>
      </Form>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Conflict and cooperation by week</h2>
        {timeline.weeks.length === 0 ? (
          <p className="empty">
            No events between these two states{from || to ? ' in these dates' : ''}.
          </p>
        ) : (
          <Chart
            option={option}
            height={320}
            label={`Events between ${a ?? ''} and ${b ?? ''} by week and quad class, with the mean Goldstein score`}
          />
        )}
      </section>
      <section aria-labelledby="events-title">
        <h2 id="events-title">Events</h2>
        {events.items.length === 0 ? (
          <p className="empty">No events.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="events-title">
            <table className="events-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Event</th>
                  <th scope="col">Goldstein</th>
                  <th scope="col">Sentence</th>
                </tr>
              </thead>
              <tbody>
                {events.items.map((e) => (
                  <tr key={`${e.articleId}:${String(e.start)}:${e.code}:${e.source.name ?? ''}`}>
                    <td>{e.day ? <time dateTime={e.day}>{formatDate(e.day)}</time> : '—'}</td>
                    <td>
                      {e.source.name} → {e.target.name ?? '—'}: {e.label} <code>{e.code}</code>
                    </td>
                    <td>{formatGoldstein(e.goldstein)}</td>
                    <td>
                      <Link
                        to={`/articles/${encodeURIComponent(e.articleId)}#span-${String(e.start)}-${String(e.end)}`}
                      >
                        {e.sentence}
                      </Link>
                      <span className="muted"> — {e.articleTitle}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          page={page}
          total={events.total}
          pageSize={PAGE_SIZE}
          label={`Pages of events between ${a ?? ''} and ${b ?? ''}`}
          previousText="Newer"
          nextText="Older"
        />
      </section>
      <p className="muted">
        Link for this dyad: <code>/dyads/{timeline.dyad}</code>
      </p>
    </article>
  )
}
