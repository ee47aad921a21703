import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodePage, MAX_PAGE_BYTES } from './decode.ts'

const RUSSIAN = 'Пашинян призвал страны ОДКБ'

/** Bytes of a string in a single-byte Cyrillic charset, from a known code page table. */
function encodeCyrillic(text: string, charset: 'windows-1251' | 'koi8-r'): Uint8Array {
  const decoder = new TextDecoder(charset)
  const table = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) {
    table.set(decoder.decode(new Uint8Array([byte])), byte)
  }
  return new Uint8Array(Array.from(text, (char) => table.get(char) ?? 0x3f))
}

describe('decodePage', () => {
  it('uses the <meta> charset: windows-1251 and KOI8-R', () => {
    for (const charset of ['windows-1251', 'koi8-r'] as const) {
      const head = new TextEncoder().encode(
        `<html><head><meta charset="${charset}"></head><body><p>`,
      )
      const page = new Uint8Array([...head, ...encodeCyrillic(RUSSIAN, charset)])
      expect(decodePage(page)).toContain(RUSSIAN)
    }
  })

  it('lets the HTTP header win over <meta>, and the BOM over both', () => {
    const bytes = encodeCyrillic(RUSSIAN, 'koi8-r')
    expect(decodePage(bytes, 'text/html; charset=KOI8-R')).toBe(RUSSIAN)
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from('<p>Ереван</p>', 'utf16le')),
    ])
    expect(decodePage(utf16, 'text/html; charset=windows-1251')).toBe('<p>Ереван</p>')
  })

  it('sniffs UTF-16 without a byte-order mark', () => {
    expect(decodePage(new Uint8Array(Buffer.from('<p>Tbilisi protests</p>', 'utf16le')))).toBe(
      '<p>Tbilisi protests</p>',
    )
    expect(decodePage(new Uint8Array(Buffer.from('<p>Tbilisi</p>', 'utf16le').swap16()))).toBe(
      '<p>Tbilisi</p>',
    )
  })

  it('unpacks gzip and refuses corrupt gzip with a clear error', () => {
    expect(decodePage(gzipSync('<p>hello</p>'))).toBe('<p>hello</p>')
    expect(() => decodePage(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).toThrow(/gzip/)
  })

  it('refuses pages over the size limit', () => {
    expect(() => decodePage(new Uint8Array(MAX_PAGE_BYTES + 1))).toThrow(/over the .* limit/)
  })

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(
      decodePage(new TextEncoder().encode('<meta charset="x-nonsense"><p>Tbilisi</p>')),
    ).toContain('Tbilisi')
  })
})
