/**
 * SimHash fingerprints for near-duplicate detection: the same wire story republished by several
 * outlets, with a different intro line or a trimmed ending, lands within a few bits of the
 * original, while different stories on the same topic land far apart.
 */

/** Texts shorter than this many words get no fingerprint: too little to tell copies apart. */
export const MIN_WORDS = 40

/** Fingerprints at most this many bits apart are the same story. */
export const MAX_DISTANCE = 6

// FNV-1a, 64-bit, kept in two 32-bit halves: BigInt arithmetic made fingerprinting the slowest
// step of saving an article. The prime is 2^40 + 0x1b3, so hash × prime = hash × 0x1b3 + hash << 40.
const FNV_OFFSET_HI = 0xcbf29ce4
const FNV_OFFSET_LO = 0x84222325
const FNV_PRIME_LOW = 0x1b3
const TWO_32 = 0x1_0000_0000

/**
 * The 64-bit SimHash of a text over its three-word shingles, as 16 hex digits; null for texts
 * under {@link MIN_WORDS} words. A word is a run of letters and digits of the lower-cased text.
 *
 * @example
 * hammingDistance(simhash(story)!, simhash(story + ' (Reuters)')!) // 0–3
 */
export function simhash(text: string): string | null {
  const lower = text.toLowerCase()
  const bounds = wordBounds(lower)
  const words = bounds.length / 2
  if (words < MIN_WORDS) {
    return null
  }
  const ones = new BitCounts()
  for (let w = 0; w + 2 < words; w++) {
    // FNV-1a over `a b c`, hashed in place from the words' offsets (a string per shingle made
    // the fingerprint the slowest step of saving an article), the halves kept in locals.
    let hi = FNV_OFFSET_HI
    let lo = FNV_OFFSET_LO
    for (let k = 0; k < 3; k++) {
      const start = bounds[2 * (w + k)]!
      const end = bounds[2 * (w + k) + 1]!
      // From one unit before the word after the first: the space between.
      for (let i = k === 0 ? start : start - 1; i < end; i++) {
        lo = (lo ^ (i < start ? SPACE : lower.charCodeAt(i))) >>> 0
        const product = lo * FNV_PRIME_LOW // < 2^41: exact in a double
        hi = (Math.imul(hi, FNV_PRIME_LOW) + Math.floor(product / TWO_32) + (lo << 8)) >>> 0
        lo = product >>> 0
      }
    }
    ones.add(hi, lo)
  }
  return ones.majority(words - 2)
}

const SPACE = 0x20

/**
 * How many of the hashes added had each of the 64 bits set. Counted eight bits at a time: each
 * byte of an accumulator counts one bit position (bits b, b + 8, b + 16 and b + 24 of a half
 * land in its four bytes), so a hash costs 16 additions rather than 64, and the bytes are
 * emptied into the totals before one can overflow.
 */
class BitCounts {
  readonly #totals = new Int32Array(64)
  readonly #bytes = new Uint32Array(16)
  #pending = 0

  add(hi: number, lo: number): void {
    const bytes = this.#bytes
    for (let b = 0; b < 8; b++) {
      bytes[b]! += (lo >>> b) & 0x01010101
      bytes[b + 8]! += (hi >>> b) & 0x01010101
    }
    if (++this.#pending === 255) {
      this.#empty()
    }
  }

  /** The fingerprint whose bits are those set in more than half of `count` hashes. */
  majority(count: number): string {
    this.#empty()
    let hi = 0
    let lo = 0
    for (let bit = 0; bit < 32; bit++) {
      if (2 * this.#totals[bit]! > count) {
        lo |= 1 << bit
      }
      if (2 * this.#totals[bit + 32]! > count) {
        hi |= 1 << bit
      }
    }
    return hex32(hi) + hex32(lo)
  }

  #empty(): void {
    for (let b = 0; b < 8; b++) {
      for (let byte = 0; byte < 4; byte++) {
        this.#totals[byte * 8 + b]! += (this.#bytes[b]! >>> (byte * 8)) & 0xff
        this.#totals[32 + byte * 8 + b]! += (this.#bytes[b + 8]! >>> (byte * 8)) & 0xff
      }
    }
    this.#bytes.fill(0)
    this.#pending = 0
  }
}

/** Which UTF-16 code units below 0x10000 are letters or digits: 1 yes, 2 no, 0 not yet asked. */
const UNIT_CLASS = new Uint8Array(0x10000)
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

function isLetterOrDigit(char: string): boolean {
  return LETTER_OR_DIGIT.test(char)
}

/**
 * The words of `text` — its runs of letters and digits (Unicode L and N, astral ones
 * included) — as start and end offsets, two per word: the words `/[\p{L}\p{N}]+/gu` matches,
 * found without making a string of each.
 */
export function wordBounds(text: string): number[] {
  const bounds: number[] = []
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let width = 1
    let word: boolean
    if (code < 0x80) {
      word =
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a)
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1
      word = width === 2 && isLetterOrDigit(text.slice(i, i + 2))
    } else {
      let known = UNIT_CLASS[code]!
      if (known === 0) {
        known = isLetterOrDigit(String.fromCharCode(code)) ? 1 : 2
        UNIT_CLASS[code] = known
      }
      word = known === 1
    }
    if (word && start < 0) {
      start = i
    } else if (!word && start >= 0) {
      bounds.push(start, i)
      start = -1
    }
    i += width - 1
  }
  if (start >= 0) {
    bounds.push(start, text.length)
  }
  return bounds
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}

/** How many bits two fingerprints differ in. */
export function hammingDistance(a: string, b: string): number {
  return (
    popCount(Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)) +
    popCount(Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16))
  )
}

function popCount(value: number): number {
  let v = value >>> 0
  let count = 0
  while (v) {
    v &= v - 1
    count++
  }
  return count
}

/** Bands a fingerprint is cut into, and bits per band. */
const BANDS = 4
const BAND_BITS = 16

/**
 * The fingerprint cut into four 16-bit bands, each numbered with its position in the bits
 * above its value (band 2 of value 0xaf03 is `2 << 16 | 0xaf03`): the keys a store indexes an
 * article under, integers because a store seeks tens of thousands of them per batch.
 */
export function simhashBands(fingerprint: string): number[] {
  return Array.from({ length: BANDS }, (_, i) => bandKey(i, bandValue(fingerprint, i)))
}

/**
 * The band keys to look up for a fingerprint's near copies: each band as it is and with each
 * one of its bits flipped (4 × 17 keys). Two fingerprints within {@link MAX_DISTANCE} bits
 * differ in at most one bit in some band (if every band differed in two, they would differ in
 * eight), so one of these keys is always a band of the copy. Against eight exact 8-bit bands,
 * this matches about 1 in 960 unrelated articles rather than 1 in 32, so the lookup stays
 * small as the archive grows.
 */
export function simhashProbes(fingerprint: string): number[] {
  const keys: number[] = []
  for (let i = 0; i < BANDS; i++) {
    const value = bandValue(fingerprint, i)
    keys.push(bandKey(i, value))
    for (let bit = 0; bit < BAND_BITS; bit++) {
      keys.push(bandKey(i, value ^ (1 << bit)))
    }
  }
  return keys
}

/**
 * The fingerprint's two 32-bit halves as signed integers, the high half first: what a store
 * keeps beside each band, so that it can measure {@link halvesDistance} without reading the
 * article.
 */
export function fingerprintHalves(fingerprint: string): [number, number] {
  return [
    Number.parseInt(fingerprint.slice(0, 8), 16) | 0,
    Number.parseInt(fingerprint.slice(8), 16) | 0,
  ]
}

/** How many bits two fingerprints differ in, given as their halves (fingerprintHalves). */
export function halvesDistance(aHi: number, aLo: number, bHi: number, bLo: number): number {
  return popCount(aHi ^ bHi) + popCount(aLo ^ bLo)
}

const HEX_PER_BAND = BAND_BITS / 4

function bandValue(fingerprint: string, band: number): number {
  return Number.parseInt(fingerprint.slice(band * HEX_PER_BAND, (band + 1) * HEX_PER_BAND), 16)
}

function bandKey(band: number, value: number): number {
  return (band << BAND_BITS) | value
}
