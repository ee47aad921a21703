import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

// Only the parts the desk draws, to keep the bundle small.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer])

/** The option object of an ECharts chart. */
export type ChartOption = echarts.EChartsCoreOption

/** Props of {@link EChart}. */
export interface EChartProps {
  option: ChartOption
  /** Says what the chart shows, for screen readers (the chart itself is an image). */
  label: string
  height: number
  className?: string
}

/** An ECharts chart, resized with its box and disposed with the component. */
export function EChart({ option, label, height, className }: EChartProps) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = box.current
    if (!element) {
      return undefined
    }
    const chart = echarts.init(element, null, { renderer: 'svg' })
    chart.setOption(option)
    const observer = new ResizeObserver(() => {
      chart.resize()
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      chart.dispose()
    }
  }, [option])
  return (
    <div
      ref={box}
      className={className ?? 'chart'}
      role="img"
      aria-label={label}
      style={{ height: `${String(height)}px` }}
    />
  )
}
