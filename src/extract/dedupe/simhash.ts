/**
 * SimHash fingerprints for near-duplicate detection: the same wire story republished by several
 * outlets, with a different intro line or a trimmed ending, lands within a few bits of the
 * original, while different stories on the same topic land far apart.
 */

/** Texts shorter than this many words get no fingerprint: too little to tell copies apart. */
export const MIN_WORDS = 40

/** Fingerprints at most this many bits apart are the same story. */
export const MAX_DISTANCE = 6

const FNV_OFFSET = 0xcbf29ce484222325n
const FNV_PRIME = 0x100000001b3n
const MASK = (1n << 64n) - 1n

function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * FNV_PRIME) & MASK
  }
  return hash
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
    const hash = fnv1a64(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)
    for (let bit = 0; bit < 64; bit++) {
      weights[bit]! += (hash >> BigInt(bit)) & 1n ? 1 : -1
    }
  }
  let result = 0n
  for (let bit = 0; bit < 64; bit++) {
    if (weights[bit]! > 0) {
      result |= 1n << BigInt(bit)
    }
  }
  return result.toString(16).padStart(16, '0')
}

/** How many bits two fingerprints differ in. */
export function hammingDistance(a: string, b: string): number {
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`)
  let count = 0
  while (diff) {
    diff &= diff - 1n
    count++
  }
  return count
}

/**
 * The fingerprint cut into eight 8-bit bands, each tagged with its position (`3:af`). Two
 * fingerprints within {@link MAX_DISTANCE} bits share at least one band exactly (pigeonhole:
 * seven differing bits touch at most seven bands), so a store finds candidates by an indexed
 * equality lookup instead of comparing against every article.
 */
export function simhashBands(fingerprint: string): string[] {
  return Array.from({ length: 8 }, (_, i) => `${i}:${fingerprint.slice(i * 2, i * 2 + 2)}`)
}
