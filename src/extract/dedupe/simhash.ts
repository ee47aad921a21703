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

/** Adds the FNV-1a hash of the shingle `a b c` to the 64 bit weights. */
function addShingle(a: string, b: string, c: string, weights: Int32Array): void {
  let hi = FNV_OFFSET_HI
  let lo = FNV_OFFSET_LO
  // Hashed word by word rather than over a joined string: joining made a new string per shingle.
  for (let part = 0; part < 5; part++) {
    const text = part === 0 ? a : part === 2 ? b : part === 4 ? c : ' '
    for (let i = 0; i < text.length; i++) {
      lo = (lo ^ text.charCodeAt(i)) >>> 0
      const product = lo * FNV_PRIME_LOW // < 2^41: exact in a double
      hi = (Math.imul(hi, FNV_PRIME_LOW) + Math.floor(product / TWO_32) + (lo << 8)) >>> 0
      lo = product >>> 0
    }
  }
  for (let bit = 0; bit < 32; bit++) {
    weights[bit]! += ((lo >>> bit) & 1) * 2 - 1
    weights[bit + 32]! += ((hi >>> bit) & 1) * 2 - 1
  }
}

/**
 * The 64-bit SimHash of a text over its three-word shingles, as 16 hex digits; null for texts
 * under {@link MIN_WORDS} words.
 *
 * @example
 * hammingDistance(simhash(story)!, simhash(story + ' (Reuters)')!) // 0–3
 */
export function simhash(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length < MIN_WORDS) {
    return null
  }
  const weights = new Int32Array(64)
  for (let i = 0; i + 2 < words.length; i++) {
    addShingle(words[i]!, words[i + 1]!, words[i + 2]!, weights)
  }
  let hi = 0
  let lo = 0
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) {
      lo |= 1 << bit
    }
    if (weights[bit + 32]! > 0) {
      hi |= 1 << bit
    }
  }
  return hex32(hi) + hex32(lo)
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
