import { gunzipSync } from 'node:zlib'
import { ExtractionError } from '../core/errors.ts'

/** Pages larger than this are refused rather than parsed. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024

const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i

/**
 * Turns page bytes into text: gunzips when the bytes are gzip, then picks the charset from the
 * byte-order mark, the HTTP `Content-Type` header, a `<meta>` charset, or UTF-8, in that order.
 * windows-1251, KOI8-R and UTF-16 come from Node's own ICU decoders.
 */
export function decodePage(bytes: Uint8Array, contentType?: string | null): string {
  let data = bytes
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data, { maxOutputLength: MAX_PAGE_BYTES })
    } catch (error: unknown) {
      throw new ExtractionError(
        'page is gzip-compressed but could not be unpacked (corrupt, or larger than 20 MiB)',
        { code: 'bad_gzip', cause: error },
      )
    }
  }
  if (data.byteLength > MAX_PAGE_BYTES) {
    throw new ExtractionError(
      `page is ${data.byteLength} bytes, over the ${MAX_PAGE_BYTES}-byte limit`,
      { code: 'page_too_large' },
    )
  }
  const bom = charsetFromBom(data) ?? sniffUtf16(data)
  if (!bom) {
    refuseBinary(data)
  }
  const charset = bom ?? charsetFromHeader(contentType) ?? charsetFromMeta(data) ?? 'utf-8'
  return decodeWith(charset, data)
}

/** UTF-16 without a byte-order mark: ASCII characters leave a NUL in every other byte. */
function sniffUtf16(data: Uint8Array): string | null {
  const head = data.subarray(0, 1024)
  let even = 0
  let odd = 0
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) {
        even++
      } else {
        odd++
      }
    }
  }
  const pairs = head.length / 2
  if (odd > pairs * 0.4 && even === 0) {
    return 'utf-16le'
  }
  return even > pairs * 0.4 && odd === 0 ? 'utf-16be' : null
}

/** Signatures of files that are not web pages, by their first bytes. */
const BINARY_SIGNATURES: readonly [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
]

/** Throws a clear error for bytes that are not text: a known binary format, or NUL bytes. */
function refuseBinary(data: Uint8Array): void {
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => data[i] === byte)) {
      throw new ExtractionError(`input is ${name}, not an HTML page or text`, { code: 'not_text' })
    }
  }
  const head = data.subarray(0, 8192)
  let nul = 0
  for (const byte of head) {
    nul += byte === 0 ? 1 : 0
  }
  // UTF-16 without a BOM has a NUL in every other byte of ASCII text; binary data scatters them.
  if (nul > 0 && nul < head.length / 4) {
    throw new ExtractionError(
      `input holds binary data (${nul} NUL bytes in its first ${head.length}), not an HTML page or text`,
      { code: 'not_text' },
    )
  }
}

function charsetFromBom(data: Uint8Array): string | null {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return 'utf-8'
  }
  if (data[0] === 0xff && data[1] === 0xfe) {
    return 'utf-16le'
  }
  if (data[0] === 0xfe && data[1] === 0xff) {
    return 'utf-16be'
  }
  return null
}

function charsetFromHeader(contentType: string | null | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w-]+)/i.exec(contentType) : null
  return match?.[1] ?? null
}

function charsetFromMeta(data: Uint8Array): string | null {
  // The declaration must sit in the first 1024 bytes (HTML spec); ASCII-compatible there.
  const head = new TextDecoder('latin1').decode(data.subarray(0, 2048))
  return CHARSET_IN_META.exec(head)?.[1] ?? null
}

function decodeWith(charset: string, data: Uint8Array): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(data)
  } catch {
    // An unknown label: UTF-8 keeps the text readable and loses nothing in ASCII.
    return new TextDecoder('utf-8').decode(data)
  }
}
