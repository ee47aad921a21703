import { ValidationError } from '../core/errors.ts'
import type { KbEntry } from './kb-types.ts'

const KINDS = new Set(['person', 'organization', 'institution', 'country', 'group'])

/**
 * Checks one knowledge-base entry and fills defaults (`aliases: []`, `cameo: null`). Throws a
 * ValidationError naming the entry's place (`file[index]`) and the bad field.
 */
export function validateEntry(item: unknown, where: string): KbEntry {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw invalid(where, 'is not an object')
  }
  const entry = item as Record<string, unknown>
  if (typeof entry.id !== 'string' || entry.id.length === 0) {
    throw invalid(where, 'has no "id"')
  }
  if (typeof entry.name !== 'string' || entry.name.length === 0) {
    throw invalid(where, `("${entry.id}") has no "name"`)
  }
  if (typeof entry.kind !== 'string' || !KINDS.has(entry.kind)) {
    throw invalid(
      where,
      `("${entry.id}") has kind ${JSON.stringify(entry.kind)}; expected one of ${[...KINDS].join(', ')}`,
    )
  }
  if (entry.aliases !== undefined && !isStringArray(entry.aliases)) {
    throw invalid(where, `("${entry.id}") has "aliases" that are not a list of strings`)
  }
  if (entry.roles !== undefined && !Array.isArray(entry.roles)) {
    throw invalid(where, `("${entry.id}") has "roles" that are not a list`)
  }
  return {
    ...(entry as unknown as KbEntry),
    aliases: entry.aliases ?? [],
    cameo: typeof entry.cameo === 'string' ? entry.cameo : null,
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function invalid(where: string, problem: string): ValidationError {
  return new ValidationError(`knowledge base entry ${where} ${problem}`, { code: 'invalid_kb' })
}
