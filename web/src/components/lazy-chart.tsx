import { lazy, Suspense } from 'react'
import type { EChartProps } from './echart'

// ECharts is most of the bundle: it loads after the page's text, which renders first.
const EChart = lazy(() => import('./echart').then((m) => ({ default: m.EChart })))

/** An {@link EChartProps} chart loaded on demand, with a box of its size until it is drawn. */
export function Chart(props: EChartProps) {
  return (
    <Suspense
      fallback={
        <div
          className={props.className ?? 'chart'}
          style={{ height: `${String(props.height)}px` }}
        />
      }
    >
      <EChart {...props} />
    </Suspense>
  )
}
