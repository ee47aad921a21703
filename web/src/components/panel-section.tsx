import type { ReactNode } from 'react'

/** Props of {@link PanelSection}. */
export interface PanelSectionProps {
  /** Used to build the heading's id. */
  id: string
  title: string
  count: number
  children: ReactNode
}

/** A titled section of the article's side panel; nothing when it has no items. */
export function PanelSection({ id, title, count, children }: PanelSectionProps) {
  if (count === 0) {
    return null
  }
  const headingId = `panel-${id}`
  return (
    <section className={`panel-section panel-${id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">{count}</span>
      </h2>
      {children}
    </section>
  )
}
