import { createReadStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { getMessage } from '../../core/errors.ts'
import { decodePage } from '../../extract/decode.ts'
import { jsonLineToDocument, type InputItem } from '../read-inputs.ts'
import { readWarc } from './warc-reader.ts'

/** Archives read as streams, with resumable progress: WARC files and JSON Lines. */
export function isArchive(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path) || /\.jsonl(\.gz)?$/i.test(path)
}

/**
 * Streams an archive's documents. Progress is kept in `<archive>.progress.json`: the number of
 * records the consumer has taken, written each time the next one is asked for (so a record
 * counts once it was processed). An interrupted import resumes after the last counted record;
 * a finished one removes the file.
 */
export async function* archiveInputs(path: string): AsyncGenerator<InputItem> {
  const progressFile = `${path}.progress.json`
  const done = existsSync(progressFile) ? readProgress(progressFile) : 0
  let position = 0
  try {
    for await (const item of records(path)) {
      if (position++ < done) {
        continue
      }
      yield item
      if (position % 20 === 0) {
        writeFileSync(progressFile, JSON.stringify({ records: position }))
      }
    }
  } catch (error: unknown) {
    writeFileSync(progressFile, JSON.stringify({ records: position }))
    yield { label: `${path}#${position}`, id: null, error: getMessage(error) }
    return
  }
  rmSync(progressFile, { force: true })
}

/** Records already processed, from a progress file; a damaged file restarts from the top. */
function readProgress(file: string): number {
  try {
    const records = (JSON.parse(readFileSync(file, 'utf8')) as { records?: unknown }).records
    return typeof records === 'number' && Number.isSafeInteger(records) && records > 0 ? records : 0
  } catch {
    return 0
  }
}

async function* records(path: string): AsyncGenerator<InputItem> {
  if (/\.warc(\.gz)?$/i.test(path)) {
    for await (const response of readWarc(path)) {
      const label = `${path}#${response.index} ${response.uri}`
      if (response.status !== 200 || !/html/i.test(response.contentType ?? 'text/html')) {
        yield {
          label,
          id: null,
          error: `skipped: HTTP ${response.status} ${response.contentType ?? ''}`.trim(),
        }
        continue
      }
      try {
        yield {
          label,
          document: { url: response.uri, html: decodePage(response.body, response.contentType) },
        }
      } catch (error: unknown) {
        yield { label, id: null, error: getMessage(error) }
      }
    }
    return
  }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim().length > 0) {
      yield jsonLineToDocument(line, `${path}:${number}`)
    }
  }
}
