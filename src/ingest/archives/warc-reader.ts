import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { ValidationError } from '../../core/errors.ts'

/** One HTTP response captured in a WARC file. */
export interface WarcResponse {
  /** Position of the record in the file, from 0: what a resumed import skips to. */
  index: number
  uri: string
  date: string | null
  status: number
  contentType: string | null
  body: Uint8Array
}

const CRLF2 = Buffer.from('\r\n\r\n')

/**
 * Streams the `response` records of a WARC file (plain or gzip, one member per record or the
 * whole file), without holding the file in memory. HTTP bodies are de-chunked and, when
 * gzip-encoded, unpacked. A record whose header cannot be read ends the stream with an error
 * naming its position; what came before it was already yielded.
 */
export async function* readWarc(path: string): AsyncGenerator<WarcResponse> {
  const source = createReadStream(path)
  const stream = path.endsWith('.gz') ? source.pipe(createGunzip()) : source
  let buffer: Buffer = Buffer.alloc(0)
  let index = 0
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const fill = async (): Promise<boolean> => {
    const next = await chunks.next()
    if (next.done) {
      return false
    }
    buffer = buffer.length === 0 ? next.value : Buffer.concat([buffer, next.value])
    return true
  }
  for (;;) {
    // Skip blank lines between records.
    while (buffer.length > 0 && (buffer[0] === 0x0d || buffer[0] === 0x0a)) {
      buffer = buffer.subarray(1)
    }
    let headerEnd = buffer.indexOf(CRLF2)
    while (headerEnd === -1) {
      if (!(await fill())) {
        if (buffer.toString('latin1').trim().length > 0) {
          throw new ValidationError(
            `${path}: record ${index} is truncated (no end of its WARC header)`,
            { code: 'bad_warc' },
          )
        }
        return
      }
      headerEnd = buffer.indexOf(CRLF2)
    }
    const header = buffer.subarray(0, headerEnd).toString('utf8')
    if (!header.startsWith('WARC/')) {
      throw new ValidationError(
        `${path}: record ${index} does not start with a WARC version line`,
        { code: 'bad_warc' },
      )
    }
    const fields = parseFields(header.split('\r\n').slice(1))
    const length = Number(fields.get('content-length'))
    if (!Number.isSafeInteger(length) || length < 0) {
      throw new ValidationError(`${path}: record ${index} has no valid Content-Length`, {
        code: 'bad_warc',
      })
    }
    const blockStart = headerEnd + 4
    while (buffer.length < blockStart + length) {
      if (!(await fill())) {
        throw new ValidationError(
          `${path}: record ${index} is truncated (${buffer.length - blockStart} of ${length} bytes)`,
          { code: 'bad_warc' },
        )
      }
    }
    const block = buffer.subarray(blockStart, blockStart + length)
    buffer = buffer.subarray(blockStart + length)
    if (fields.get('warc-type') === 'response') {
      const response = parseHttpResponse(block)
      if (response) {
        yield {
          index,
          uri: fields.get('warc-target-uri') ?? '',
          date: fields.get('warc-date') ?? null,
          ...response,
        }
      }
    }
    index++
  }
}

function parseFields(lines: string[]): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0) {
      fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
    }
  }
  return fields
}

function parseHttpResponse(
  block: Buffer,
): { status: number; contentType: string | null; body: Uint8Array } | null {
  const end = block.indexOf(CRLF2)
  if (end === -1) {
    return null
  }
  const lines = block.subarray(0, end).toString('latin1').split('\r\n')
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0] ?? '')?.[1])
  const headers = parseFields(lines.slice(1))
  let body: Uint8Array = block.subarray(end + 4)
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
    body = dechunk(Buffer.from(body))
  }
  // A gzip-encoded body stays as it is: decodePage unpacks gzip by its magic bytes.
  return Number.isFinite(status)
    ? { status, contentType: headers.get('content-type') ?? null, body }
    : null
}

function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = []
  let offset = 0
  while (offset < data.length) {
    const lineEnd = data.indexOf('\r\n', offset)
    if (lineEnd === -1) {
      break
    }
    const size = parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16)
    if (!Number.isFinite(size) || size === 0) {
      break
    }
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}
