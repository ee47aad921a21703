import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ValidationError } from '../core/errors.ts'
import type { KbEntry, KbMembershipRule, KbRelation, KbRuleKind } from './kb-types.ts'
import { validateEntry } from './validate-entry.ts'

/** Pack files that hold something other than entries. */
export const RELATIONS_FILE = 'relations.json'
export const RULES_FILE = 'membership-rules.json'

const RULE_KINDS = new Set<KbRuleKind>([
  'un-member',
  'relations-with-all-members',
  'not-already-member',
])

/** Everything a set of pack directories holds, in load order. */
export interface PackContents {
  entries: KbEntry[]
  relations: KbRelation[]
  rules: KbMembershipRule[]
}

/**
 * Reads every `*.json` file of each directory (missing directories are skipped):
 * `relations.json` holds bilateral relations, `membership-rules.json` membership rules, every
 * other file entries.
 */
export function readPacks(dirs: readonly string[]): PackContents {
  const out: PackContents = { entries: [], relations: [], rules: [] }
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      continue
    }
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const path = join(dir, file)
      const items = readJsonArray(path)
      if (file === RELATIONS_FILE) {
        out.relations.push(...items.map((item, i) => validateRelation(item, `${path}[${i}]`)))
      } else if (file === RULES_FILE) {
        out.rules.push(...items.map((item, i) => validateRule(item, `${path}[${i}]`)))
      } else {
        out.entries.push(...items.map((item, i) => validateEntry(item, `${path}[${i}]`)))
      }
    }
  }
  return out
}

/** Reads a file that must hold a JSON array. */
export function readJsonArray(path: string): unknown[] {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error: unknown) {
    throw new ValidationError(`knowledge base file "${path}" is not valid JSON`, {
      code: 'invalid_kb',
      cause: error,
    })
  }
  if (!Array.isArray(data)) {
    throw new ValidationError(`knowledge base file "${path}" must hold a JSON array of entries`, {
      code: 'invalid_kb',
    })
  }
  return data
}

/** Checks one bilateral relation of a pack. */
export function validateRelation(item: unknown, where: string): KbRelation {
  const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
  const between = r.between
  if (
    !Array.isArray(between) ||
    between.length !== 2 ||
    !between.every((c) => typeof c === 'string' && /^[A-Z]{3}$/.test(c))
  ) {
    throw invalid(where, `has "between" ${JSON.stringify(between)}; expected two ISO3 codes`)
  }
  if (r.status !== 'none') {
    throw invalid(where, `has "status" ${JSON.stringify(r.status)}; expected "none"`)
  }
  return { ...(r as unknown as KbRelation), type: 'diplomatic', from: str(r.from), to: str(r.to) }
}

/** Checks one membership rule of a pack. */
export function validateRule(item: unknown, where: string): KbMembershipRule {
  const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>
  if (typeof r.id !== 'string' || typeof r.org !== 'string' || typeof r.text !== 'string') {
    throw invalid(where, 'needs string "id", "org" and "text"')
  }
  if (!RULE_KINDS.has(r.kind as KbRuleKind)) {
    throw invalid(
      where,
      `("${r.id}") has kind ${JSON.stringify(r.kind)}; expected one of ${[...RULE_KINDS].join(', ')}`,
    )
  }
  if (!Array.isArray(r.statuses) || r.statuses.length === 0) {
    throw invalid(where, `("${r.id}") has no "statuses" list`)
  }
  return r as unknown as KbMembershipRule
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

function invalid(where: string, problem: string): ValidationError {
  return new ValidationError(`knowledge base entry ${where} ${problem}`, { code: 'invalid_kb' })
}
