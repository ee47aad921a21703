import { Inflate } from 'fflate'
import { ValidationError } from '../core/errors.ts'

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Offset of the entry's local header. */
  localOffset: number
}

/** What a zip may hold before it is refused as a zip bomb (or simply too big to be a document). */
export interface ZipLimits {
  maxEntries: number
  maxTotalUncompressed: number
  /** Largest allowed uncompressed/compressed ratio for one entry. */
  maxRatio: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 500,
  maxTotalUncompressed: 50 * 1024 * 1024,
  maxRatio: 200,
}

function refuse(message: string): never {
  throw new ValidationError(message, { code: 'unsafe_archive' })
}

/**
 * Reads a zip's central directory without inflating anything, and refuses archives with too
 * many entries, too much declared content, an entry compressed beyond `maxRatio`, or ZIP64
 * records (no document needs them).
 */
export function readZipDirectory(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) {
    refuse('the file is not a readable zip archive (no central directory)')
  }
  const count = view.getUint16(eocd + 10, true)
  const dirSize = view.getUint32(eocd + 12, true)
  const dirOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || dirOffset === 0xffffffff) {
    refuse('ZIP64 archives are not accepted')
  }
  if (count > limits.maxEntries) {
    refuse(`the archive has ${count} entries; at most ${limits.maxEntries} are accepted`)
  }
  if (dirOffset + dirSize > eocd) {
    refuse('the zip central directory is damaged')
  }
  const entries: ZipEntry[] = []
  let total = 0
  let at = dirOffset
  const decoder = new TextDecoder()
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) {
      refuse('the zip central directory is damaged')
    }
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const uncompressedSize = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localOffset = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      refuse('ZIP64 archives are not accepted')
    }
    total += uncompressedSize
    if (total > limits.maxTotalUncompressed) {
      refuse(
        `the archive would unpack to more than ${limits.maxTotalUncompressed} bytes (a zip bomb?)`,
      )
    }
    if (
      uncompressedSize > 1024 * 1024 &&
      uncompressedSize / Math.max(1, compressedSize) > limits.maxRatio
    ) {
      refuse(
        `the archive entry "${name}" is compressed ${Math.round(uncompressedSize / Math.max(1, compressedSize))}:1 (a zip bomb?)`,
      )
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/**
 * The content of one entry, inflated with a hard stop at `maxBytes` (the declared size is not
 * trusted: inflation stops as soon as the output passes it).
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes = 8 * 1024 * 1024,
): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) {
    refuse(`the zip entry "${entry.name}" is damaged`)
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) {
    if (data.length > maxBytes) {
      refuse(`the zip entry "${entry.name}" is too large to inspect`)
    }
    return data
  }
  if (entry.method !== 8) {
    refuse(`the zip entry "${entry.name}" uses an unknown compression method`)
  }
  const parts: Uint8Array[] = []
  let size = 0
  const inflate = new Inflate((chunk) => {
    size += chunk.length
    if (size > maxBytes) {
      refuse(`the zip entry "${entry.name}" unpacks to more than ${maxBytes} bytes`)
    }
    parts.push(chunk)
  })
  const step = 64 * 1024
  for (let i = 0; i < data.length; i += step) {
    inflate.push(data.subarray(i, i + step), i + step >= data.length)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
