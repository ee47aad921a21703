import { useMemo } from 'react'
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router'
import { getDashboard } from '../api/client'
import type { Dashboard, DyadTension } from '../api/types'
import { ArticleList } from '../components/article-list'
import { ThreadStatementItem } from '../components/thread-statement'
import { formatGoldstein, plural } from '../lib/format'
import { goldsteinY, sparklinePoints } from '../lib/sparkline'
import { useDocumentTitle } from '../lib/use-document-title'
import { fillWeeks, tensionWord } from '../lib/weeks'

/** Loads the dashboard in one request. */
export async function homeLoader({ request }: LoaderFunctionArgs): Promise<Dashboard> {
  return getDashboard({ signal: request.signal })
}

/** `/`: latest articles, latest statements and their answers, most active actors, tension by dyad. */
export function HomeRoute() {
  const data = useLoaderData<Dashboard>()
  useDocumentTitle(null)
  return (
    <div className="dashboard">
      <h1 className="visually-hidden">Dashboard</h1>
      <section className="dash-tension" aria-labelledby="tension-title">
        <h2 id="tension-title">Tension by dyad</h2>
        <p className="muted">
          Mean Goldstein score of the events between two states, by week over the last two
          years of coverage (−10 hostile, +10 cooperative).
        </p>
        {data.tensions.length === 0 ? (
          <p className="empty">No events between two states yet.</p>
        ) : (
          <ul className="tension-grid">
            {data.tensions.map((t) => (
              <TensionCard key={t.dyad} tension={t} />
            ))}
          </ul>
        )}
      </section>
      <section className="dash-articles" aria-labelledby="latest-title">
        <h2 id="latest-title">Latest articles</h2>
        <p className="list-summary">{plural(data.total, 'article')} in the desk</p>
        <ArticleList items={data.articles} empty="No articles yet." level={3} />
      </section>
      <section className="dash-statements" aria-labelledby="statements-title">
        <h2 id="statements-title">Latest statements</h2>
        {data.statements.length === 0 ? (
          <p className="empty">No statements yet.</p>
        ) : (
          <ul className="statement-feed">
            {data.statements.map(({ statement, answers }) => (
              <li key={statement.id}>
                <ThreadStatementItem statement={statement} />
                {answers.length > 0 ? (
                  <ul className="answers">
                    {answers.map((answer) => (
                      <li key={answer.id}>
                        <ThreadStatementItem statement={answer} lead="Answer by" />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="dash-actors" aria-labelledby="actors-title">
        <h2 id="actors-title">Most active</h2>
        <p className="muted">
          People, organisations and institutions in the last year of coverage.
        </p>
        <ol className="active-actors">
          {data.actors.map((a) => (
            <li key={a.id}>
              <Link to={`/actors/${encodeURIComponent(a.id)}`}>{a.name}</Link>{' '}
              <span className="muted">
                {plural(a.articles, 'article')}, {plural(a.statements, 'statement')}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

function TensionCard({ tension }: { tension: DyadTension }) {
  const values = useMemo(
    () => fillWeeks(tension.weeks, TENSION_WEEKS).map((w) => w.goldstein),
    [tension],
  )
  const [a, b] = tension.dyad.split('-')
  return (
    <li className="tension-card">
      <h3>
        <Link to={`/dyads/${tension.dyad}`}>
          {a} – {b}
        </Link>
      </h3>
      <p className="tension-figure">
        {formatGoldstein(tension.goldstein)}{' '}
        <span className="muted">
          {tensionWord(tension.goldstein)}, {plural(tension.events, 'event')}
        </span>
      </p>
      <Sparkline
        values={values}
        negative={tension.goldstein < 0}
        label={`Mean Goldstein by week for ${a} and ${b}`}
      />
    </li>
  )
}

const TENSION_WEEKS = 104
const SPARK_WIDTH = 300
const SPARK_HEIGHT = 48

/** The weeks' mean Goldstein as a line over the −10…+10 scale, with the zero line. */
function Sparkline(props: { values: (number | null)[]; negative: boolean; label: string }) {
  const points = sparklinePoints(props.values, SPARK_WIDTH, SPARK_HEIGHT)
  const zero = goldsteinY(0, SPARK_HEIGHT)
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${String(SPARK_WIDTH)} ${String(SPARK_HEIGHT)}`}
      preserveAspectRatio="none"
      height={SPARK_HEIGHT}
    >
      <line x1={0} x2={SPARK_WIDTH} y1={zero} y2={zero} className="sparkline-zero" />
      {points.includes(' ') ? (
        <polyline
          points={points}
          className={props.negative ? 'sparkline-line hostile' : 'sparkline-line'}
        />
      ) : points ? (
        <circle
          cx={points.split(',')[0]}
          cy={points.split(',')[1]}
          r={2}
          className={props.negative ? 'sparkline-dot hostile' : 'sparkline-dot'}
        />
      ) : null}
    </svg>
  )
}
