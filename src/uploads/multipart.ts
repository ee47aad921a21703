import { Busboy } from '@fastify/busboy'
import { AppError, ValidationError } from '../core/errors.ts'

/** A file part of a multipart form, read whole (it is within the limits). */
export interface FormFile {
  field: string
  fileName: string
  bytes: Uint8Array
}

/** A parsed form: text fields (each name may repeat) and files with content. */
export interface ParsedForm {
  fields: Map<string, string[]>
  files: FormFile[]
}

export interface MultipartLimits {
  maxFileBytes: number
  maxFiles: number
  maxFields: number
  maxFieldBytes: number
}

export const DEFAULT_MULTIPART_LIMITS: MultipartLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFiles: 3,
  maxFields: 40,
  maxFieldBytes: 64 * 1024,
}

const MB = 1024 * 1024

/**
 * Parses a `multipart/form-data` request while it streams in, with @fastify/busboy limits:
 * the moment a file passes `maxFileBytes`, a fourth file starts, or a field is too long, the
 * body stops being read (the stream is cancelled) and a 413 names the problem. Nothing beyond
 * the limit is buffered.
 */
export async function parseMultipart(
  request: Request,
  limits: MultipartLimits = DEFAULT_MULTIPART_LIMITS,
): Promise<ParsedForm> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data;/i.test(type)) {
    throw new ValidationError('the form must be sent as multipart/form-data')
  }
  const declared = Number(request.headers.get('content-length') ?? NaN)
  const ceiling = limits.maxFiles * limits.maxFileBytes + limits.maxFields * limits.maxFieldBytes
  if (declared > ceiling) {
    throw tooLarge(
      `the form is ${Math.ceil(declared / MB)} MB; at most ${limits.maxFiles} files of ${limits.maxFileBytes / MB} MB each are accepted`,
    )
  }
  if (!request.body) {
    throw new ValidationError('the form is empty')
  }
  const reader = (request.body as ReadableStream<Uint8Array>).getReader()
  const form: ParsedForm = { fields: new Map(), files: [] }
  const state: { failure: Error | null } = { failure: null }
  const busboy = new Busboy({
    headers: { 'content-type': type },
    limits: {
      fileSize: limits.maxFileBytes,
      files: limits.maxFiles,
      fields: limits.maxFields,
      fieldSize: limits.maxFieldBytes,
      parts: limits.maxFields + limits.maxFiles,
    },
  })
  const fail = (error: Error): void => {
    state.failure ??= error
  }
  busboy.on('field', (name, value, _nameTruncated, valueTruncated) => {
    if (valueTruncated) {
      fail(tooLarge(`the field "${name}" is longer than ${limits.maxFieldBytes / 1024} KB`))
    }
    const list = form.fields.get(name) ?? []
    list.push(value)
    form.fields.set(name, list)
  })
  busboy.on('file', (field, stream, fileName) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('limit', () => {
      fail(tooLarge(`"${fileName}" is larger than ${limits.maxFileBytes / MB} MB`))
    })
    stream.on('end', () => {
      if (fileName || chunks.length > 0) {
        form.files.push({ field, fileName, bytes: Buffer.concat(chunks) })
      }
    })
  })
  busboy.on('filesLimit', () => {
    fail(tooLarge(`at most ${limits.maxFiles} files are accepted`))
  })
  busboy.on('fieldsLimit', () => {
    fail(tooLarge(`at most ${limits.maxFields} fields are accepted`))
  })
  busboy.on('partsLimit', () => {
    fail(tooLarge('the form has too many parts'))
  })
  const finished = new Promise<void>((resolve, reject) => {
    busboy.on('finish', resolve)
    busboy.on('error', (error: Error) => {
      reject(new ValidationError(`the form could not be read: ${error.message}`))
    })
  })
  finished.catch(() => undefined)
  try {
    for (;;) {
      if (state.failure) {
        break
      }
      const { done, value } = await reader.read()
      if (done) {
        break
      }
      if (!busboy.write(value)) {
        await new Promise((resolve) => busboy.once('drain', resolve))
      }
    }
  } catch (error: unknown) {
    fail(new ValidationError('the form upload was interrupted', { cause: error }))
  }
  if (state.failure) {
    await reader.cancel().catch(() => undefined)
    busboy.destroy()
    throw state.failure
  }
  busboy.end()
  await finished
  // A limit can also trip on the last bytes, while busboy finishes.
  const late = lateFailure(state)
  if (late) {
    throw late
  }
  return form
}

function tooLarge(message: string): AppError {
  return new AppError('too_large', message, { status: 413 })
}

function lateFailure(state: { failure: Error | null }): Error | null {
  return state.failure
}
