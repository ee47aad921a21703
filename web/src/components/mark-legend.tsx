/** The key to the marks in an article's body. */
export function MarkLegend() {
  return (
    <ul className="mark-legend" aria-label="Marks in the text">
      <li>
        <span className="ann ann-actor">Actor</span>
      </li>
      <li>
        <span className="ann ann-quote">Quote</span>
      </li>
      <li>
        <span className="ann ann-event">Event</span>
      </li>
      <li>
        <span className="ann ann-date">Date</span>
      </li>
    </ul>
  )
}
