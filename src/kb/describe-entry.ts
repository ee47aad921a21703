import type { KbEntry } from './kb-types.ts'

/** A knowledge-base entry as readable text, for the CLI. */
export function describeEntry(entry: KbEntry): string {
  const lines = [`${entry.name}  (${entry.id}, ${entry.kind})`]
  if (entry.country) {
    lines.push(`country: ${entry.country}`)
  }
  if (entry.cameo) {
    lines.push(`CAMEO:   ${entry.cameo}`)
  }
  if (entry.aliases.length > 0) {
    lines.push(`aliases: ${entry.aliases.join(', ')}`)
  }
  if (entry.demonyms?.length) {
    lines.push(`demonyms: ${entry.demonyms.join(', ')}`)
  }
  if (entry.capital) {
    lines.push(`capital: ${entry.capital}`)
  }
  for (const role of entry.roles ?? []) {
    lines.push(
      `role:    ${role.title}${role.org ? ` (${role.org})` : ''}, ${role.from ?? '?'} – ${role.to ?? 'now'}`,
    )
  }
  for (const m of entry.members ?? []) {
    lines.push(`${m.status.padEnd(9)} ${m.country}, ${m.from ?? '?'} – ${m.to ?? 'now'}`)
  }
  for (const rule of entry.rules ?? []) {
    lines.push(`rule:    ${rule.text}`)
  }
  return lines.join('\n')
}
