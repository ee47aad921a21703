import { EXPORT_FORMATS, exportFileName, exportUrl } from '../lib/export'

/** Props of {@link ExportLinks}. */
export interface ExportLinksProps {
  /** Export only the articles that mention this actor. */
  actor?: string | undefined
  /** Who the export is about, for screen readers ("articles mentioning Nikol Pashinyan"). */
  subject?: string | undefined
}

/** Download links for the three export formats, each with one line on what it holds. */
export function ExportLinks({ actor, subject }: ExportLinksProps) {
  return (
    <ul className="export-links">
      {EXPORT_FORMATS.map((info) => (
        <li key={info.format}>
          <a
            href={exportUrl({ format: info.format, actor })}
            download={exportFileName(info.format, actor)}
            data-format={info.format}
          >
            {info.label}
            {subject ? <span className="visually-hidden"> of {subject}</span> : null}
          </a>
          <span className="export-description">{info.description}</span>
        </li>
      ))}
    </ul>
  )
}
