/**
 * A windows-1251 encoder. Node's TextEncoder only writes UTF-8, but the WHATWG TextDecoder knows
 * windows-1251, so the table is read back from the decoder: byte b decodes to character c, hence
 * c encodes to b. Used for the pages of outlets that serve legacy Cyrillic encodings.
 */

const BYTE_OF = buildTable()

function buildTable(): ReadonlyMap<number, number> {
  const decoder = new TextDecoder('windows-1251')
  const table = new Map<number, number>()
  for (let byte = 0; byte < 256; byte++) {
    const code = decoder.decode(Uint8Array.of(byte)).codePointAt(0)
    // The decoder's replacement character would mean "no character here"; keep the first byte
    // of any duplicate so the mapping stays one-to-one.
    if (code !== undefined && code !== 0xfffd && !table.has(code)) {
      table.set(code, byte)
    }
  }
  return table
}

/**
 * Encodes text as windows-1251. Throws, naming the character and its offset, when a character
 * has no windows-1251 byte.
 *
 * @example encodeWindows1251('Мир «ОДКБ»') // Uint8Array [0xcc, 0xe8, 0xf0, 0x20, 0xab, ...]
 */
export function encodeWindows1251(text: string): Uint8Array {
  return encode(text, (ch, offset) => {
    const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
    throw new Error(`windows-1251 has no byte for "${ch}" (U+${hex}) at offset ${offset}`)
  })
}

/**
 * Encodes an HTML document as windows-1251, writing characters that have no byte as numeric
 * character references (`ə` → `&#601;`), as a browser does for form data in a legacy charset.
 * Only text and attribute values may hold such characters: inside `<script>` a reference would
 * not be decoded.
 */
export function encodeHtmlWindows1251(html: string): Uint8Array {
  // A reference is ASCII only, so its UTF-16 code units are its bytes.
  return encode(html, (ch) => Array.from(`&#${ch.codePointAt(0) ?? 0};`, (c) => c.charCodeAt(0)))
}

function encode(
  text: string,
  fallback: (ch: string, offset: number) => readonly number[],
): Uint8Array {
  const out: number[] = []
  let offset = 0
  for (const ch of text) {
    const byte = BYTE_OF.get(ch.codePointAt(0) ?? -1)
    if (byte === undefined) {
      out.push(...fallback(ch, offset))
    } else {
      out.push(byte)
    }
    offset += ch.length
  }
  return Uint8Array.from(out)
}
