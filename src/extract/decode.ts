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
  const charset =
    charsetFromBom(data) ?? charsetFromHeader(contentType) ?? charsetFromMeta(data) ?? 'utf-8'
  return decodeWith(charset, data)
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
