import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { getMessage, ValidationError } from '../core/errors.ts'
import { decodePage } from '../extract/decode.ts'
import type { InputDocument } from '../extract/extract-document.ts'

/** How to read an input file. */
export type InputKind = 'html' | 'text' | 'jsonl'

/** One document read from the inputs, or the reason it could not be read. */
export type InputItem =
  | { label: string; document: InputDocument; error?: undefined }
  | {
      label: string
      id: string | null
      error: string
      /** The error's stable code when it came from a fetch (`timeout`, `http_error`, …). */
      code?: string
      document?: undefined
    }

const EXTENSIONS: readonly [RegExp, InputKind][] = [
  [/\.html?(\.gz)?$/i, 'html'],
  [/\.txt$/i, 'text'],
  [/\.jsonl$/i, 'jsonl'],
]

/** The input kind of a file name, from its extension; undefined when unknown. */
export function kindOf(path: string): InputKind | undefined {
  return EXTENSIONS.find(([pattern]) => pattern.test(path))?.[1]
}

/**
 * Expands paths (directories are walked for known extensions; `-` is stdin) and reads each
 * into documents, in input order. A file or line that cannot be read becomes an error item in
 * its place: one bad input never hides the others.
 */
export function* readInputs(paths: readonly string[], forced?: InputKind): Generator<InputItem> {
  for (const path of expand(paths)) {
    const kind = forced ?? (path === '-' ? 'html' : kindOf(path))
    if (!kind) {
      yield {
        label: path,
        id: null,
        error: `cannot tell the input kind of "${path}": use .html, .htm, .html.gz, .txt or .jsonl, or --input`,
      }
      continue
    }
    let bytes: Buffer
    try {
      bytes = path === '-' ? readFileSync(0) : readFileSync(path)
    } catch (error: unknown) {
      yield { label: path, id: null, error: `cannot read "${path}": ${getMessage(error)}` }
      continue
    }
    if (kind === 'jsonl') {
      yield* readJsonLines(path, decodePage(bytes))
      continue
    }
    try {
      const text = decodePage(bytes)
      yield { label: path, document: kind === 'html' ? { html: text } : { text } }
    } catch (error: unknown) {
      yield { label: path, id: null, error: getMessage(error) }
    }
  }
}

function* readJsonLines(path: string, content: string): Generator<InputItem> {
  const lines = content.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim().length > 0) {
      yield jsonLineToDocument(lines[i]!, `${path}:${i + 1}`)
    }
  }
}

/** One line of a JSON Lines input as a document, or an error item that keeps its id. */
export function jsonLineToDocument(raw: string, label: string): InputItem {
  const line = raw.trim()
  try {
    return { label, document: toDocument(JSON.parse(line) as unknown, label) }
  } catch (error: unknown) {
    const id = /"id"\s*:\s*"([^"]*)"/.exec(line)?.[1] ?? null
    return {
      label,
      id,
      error:
        error instanceof SyntaxError
          ? `${label}: not valid JSON (${error.message})`
          : getMessage(error),
    }
  }
}

function toDocument(value: unknown, label: string): InputDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(`${label}: each line must be a JSON object`)
  }
  const v = value as Record<string, unknown>
  const text = (key: string): string | undefined => {
    const field = v[key]
    if (field !== undefined && field !== null && typeof field !== 'string') {
      throw new ValidationError(`${label}: "${key}" must be a string`)
    }
    return field ?? undefined
  }
  const html = text('html')
  const body = text('text')
  if (html === undefined && body === undefined) {
    throw new ValidationError(`${label}: the document has neither "html" nor "text"`)
  }
  const id = text('id')
  const url = text('url')
  const published = text('published')
  const title = text('title')
  return {
    ...(id !== undefined ? { id } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(html !== undefined ? { html } : { text: body ?? '' }),
  }
}

function* expand(paths: readonly string[]): Generator<string> {
  for (const path of paths) {
    if (path !== '-' && isDirectory(path)) {
      const entries = readdirSync(path).sort()
      yield* expand(
        entries
          .map((name) => join(path, name))
          .filter((p) => isDirectory(p) || kindOf(p) !== undefined),
      )
    } else {
      yield path
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
