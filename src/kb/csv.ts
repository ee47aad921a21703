import { ValidationError } from '../core/errors.ts'

/**
 * Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of named fields,
 * the first line giving the names. Blank lines are skipped.
 */
export function parseCsv(text: string, where: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"' && field === '') {
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') {
        i++
      }
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += char
    }
  }
  if (quoted) {
    throw new ValidationError(`CSV file "${where}" ends inside a quoted field`, {
      code: 'invalid_kb',
    })
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  const nonEmpty = rows.filter((r) => r.some((cell) => cell.trim() !== ''))
  const header = (nonEmpty.shift() ?? []).map((name) => name.trim())
  return nonEmpty.map((cells) =>
    Object.fromEntries(header.map((name, index) => [name, (cells[index] ?? '').trim()])),
  )
}
