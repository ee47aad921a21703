import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { ValidationError } from '../core/errors.ts'
import { parseCsv } from './csv.ts'
import type { KbEntry, KbMembershipRule, KbRelation } from './kb-types.ts'
import { isKbDate } from './date-range.ts'
import {
  readJsonArray,
  RELATIONS_FILE,
  RULES_FILE,
  validateRelation,
  validateRule,
} from './pack-files.ts'
import { validateEntry } from './validate-entry.ts'
import { mergeIntoPackFile, writeUserEntries } from './user-pack.ts'

/** The entries file of a user pack that imports are merged into. */
export const IMPORTED_FILE = 'imported.json'

/** The columns of an import CSV (docs/knowledge-base.md); only id, name and kind are required. */
export const CSV_COLUMNS = [
  'id',
  'name',
  'kind',
  'aliases',
  'country',
  'cameo',
  'demonyms',
  'capital',
  'parent',
  'role_title',
  'role_org',
  'role_from',
  'role_to',
] as const

/** What an import wrote. */
export interface ImportResult {
  entries: number
  relations: number
  rules: number
  dir: string
}

/**
 * Imports a JSON pack file (an array of entries; or relations / membership rules, told apart by
 * their fields) or a CSV of entries into the user pack `dir`. Everything is validated before
 * anything is written: a bad row names its line and field and nothing changes.
 */
export function importKbFile(path: string, dir: string): ImportResult {
  const items = /\.csv$/i.test(path) ? csvEntries(path) : readJsonArray(path)
  const relations = items.filter((i): i is KbRelation => isObject(i) && 'between' in i)
  const rules = items.filter((i): i is KbMembershipRule => isObject(i) && 'statuses' in i)
  const entries = items.filter(
    (i) => !relations.includes(i as KbRelation) && !rules.includes(i as KbMembershipRule),
  )
  // Validate through the loader's own checks, on a scratch copy of the pack.
  const checked = checkPack(path, entries, relations, rules)
  writeUserEntries(dir, IMPORTED_FILE, checked)
  mergeIntoPackFile(dir, RELATIONS_FILE, relations, (r) => [...r.between].sort().join('-'))
  mergeIntoPackFile(dir, RULES_FILE, rules, (r) => r.id)
  return { entries: checked.length, relations: relations.length, rules: rules.length, dir }
}

function checkPack(
  path: string,
  entries: unknown[],
  relations: KbRelation[],
  rules: KbMembershipRule[],
): KbEntry[] {
  const where = basename(path)
  relations.forEach((r, i) => validateRelation(r, `${where}[relation ${i}]`))
  rules.forEach((r, i) => validateRule(r, `${where}[rule ${i}]`))
  return entries.map((item, i) => {
    const entry = validateEntry(item, `${where}[${i}]`)
    for (const role of entry.roles ?? []) {
      for (const date of [role.from, role.to]) {
        if (date !== null && !isKbDate(date)) {
          throw new ValidationError(
            `knowledge base entry ${where}[${i}] ("${entry.id}") has role date "${date}"; expected YYYY, YYYY-MM or YYYY-MM-DD`,
            { code: 'invalid_kb' },
          )
        }
      }
    }
    return entry
  })
}

function csvEntries(path: string): KbEntry[] {
  const rows = parseCsv(readFileSync(path, 'utf8'), path)
  const byId = new Map<string, KbEntry>()
  rows.forEach((row, index) => {
    const line = index + 2
    for (const column of ['id', 'name', 'kind'] as const) {
      if (!row[column]) {
        throw new ValidationError(`${path}:${line}: column "${column}" is empty`, {
          code: 'invalid_kb',
        })
      }
    }
    const id = row.id!
    const entry: KbEntry = byId.get(id) ?? {
      id,
      name: row.name!,
      kind: row.kind as KbEntry['kind'],
      aliases: list(row.aliases),
      cameo: orNull(row.cameo),
      ...(row.country ? { country: row.country } : {}),
      ...(row.demonyms ? { demonyms: list(row.demonyms) } : {}),
      ...(row.capital ? { capital: row.capital } : {}),
      ...(row.parent ? { parent: row.parent } : {}),
    }
    if (row.role_title) {
      entry.roles = [
        ...(entry.roles ?? []),
        {
          title: row.role_title,
          org: orNull(row.role_org),
          from: orNull(row.role_from),
          to: orNull(row.role_to),
        },
      ]
    }
    byId.set(id, entry)
  })
  return [...byId.values()]
}

/** An empty CSV cell is null. */
function orNull(cell: string | undefined): string | null {
  return cell === undefined || cell === '' ? null : cell
}

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
