import { describe, expect, it } from 'vitest'
import {
  fingerprintHalves,
  halvesDistance,
  hammingDistance,
  MAX_DISTANCE,
  simhash,
  simhashBands,
  simhashProbes,
  wordBounds,
} from './simhash.ts'

const STORY =
  'Armenia and Azerbaijan signed a joint declaration at the White House on Friday after talks hosted by the United States president, and their foreign ministers initialled the text of a peace agreement that the two countries had negotiated for several years. The declaration also provides for a transit route across southern Armenia that will connect mainland Azerbaijan with its Nakhchivan exclave, to be developed with American participation. Officials in Yerevan and Baku said the treaty would be signed once remaining conditions were met. ' +
  "The agreement text, published by both foreign ministries a few days later, commits the two states to recognise each other's territorial integrity, to refrain from the use of force, and to withdraw claims against each other in international courts within a month of the treaty entering into force. " +
  'Azerbaijan has said that Armenia must first change its constitution, which refers to the declaration of independence, before the treaty can be signed, a demand that the Armenian government has said it will address in a referendum.'

/** The definition, in BigInt arithmetic: what the two-halves implementation must equal. */
function referenceSimhash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const weights = new Array<number>(64).fill(0)
  for (let i = 0; i + 2 < words.length; i++) {
    let hash = 0xcbf29ce484222325n
    for (const char of `${words[i]!} ${words[i + 1]!} ${words[i + 2]!}`) {
      hash ^= BigInt(char.charCodeAt(0))
      hash = (hash * 0x100000001b3n) & ((1n << 64n) - 1n)
    }
    for (let bit = 0; bit < 64; bit++) {
      weights[bit]! += (hash >> BigInt(bit)) & 1n ? 1 : -1
    }
  }
  let result = 0n
  weights.forEach((weight, bit) => {
    if (weight > 0) {
      result |= 1n << BigInt(bit)
    }
  })
  return result.toString(16).padStart(16, '0')
}

describe('simhash', () => {
  it('is the 64-bit SimHash over FNV-1a hashes of three-word shingles', () => {
    for (const text of [STORY, `${STORY} Ереван, Баку и Тбилиси — «мир» ${'ø'.repeat(3)}.`]) {
      expect(simhash(text)).toBe(referenceSimhash(text))
    }
  })

  it('equals the definition on texts long enough to carry many counts', () => {
    let state = 7
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31)
    const vocabulary = STORY.split(' ')
    for (let trial = 0; trial < 12; trial++) {
      const length = 40 + (next() % 1_500)
      const text = Array.from({ length }, () => vocabulary[next() % vocabulary.length]).join(' ')
      expect(simhash(text)).toBe(referenceSimhash(text))
    }
  })

  it('finds the words the Unicode letter-or-digit pattern finds, astral letters included', () => {
    const texts = [
      STORY.toLowerCase(),
      'ereván 2025: «мир»—ხელშეკრულება, հայաստան; i̇stanbul x²',
      'math 𝐀𝐁 letters, an emoji 🙂 between, a lone \ud800 high and \udc00 low surrogate',
      'combining e\u0301 marks, digits ٣٤ and 四五, no-break\u00a0space, end𝐀',
      '',
      '...',
    ]
    for (const text of texts) {
      const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [
        m.index,
        m.index + m[0].length,
      ])
      expect(wordBounds(text)).toEqual(words.flat())
    }
  })

  it('counts differing bits across both halves', () => {
    expect(hammingDistance('ffffffff00000000', '0000000000000001')).toBe(33)
    expect(hammingDistance('8000000000000000', '8000000000000000')).toBe(0)
  })

  it('gives a republished wire story with a dateline and a credit line a near fingerprint', () => {
    const a = simhash(STORY)!
    expect(
      hammingDistance(a, simhash(`WASHINGTON, Aug 8 (Agency) — ${STORY} (Reuters)`)!),
    ).toBeLessThanOrEqual(MAX_DISTANCE)
  })

  it('keeps different stories on the same topic far apart', () => {
    const other =
      'Georgian Prime Minister Irakli Kobakhidze said on Thursday that the government would not put the question of opening accession talks with the European Union on the agenda until the end of 2028, a decision that drew thousands of protesters to the parliament building in Tbilisi for several nights. The president called the move a betrayal of the constitution, while the ruling party accused its critics of trying to stage a revolution with foreign support.'
    expect(hammingDistance(simhash(STORY)!, simhash(other)!)).toBeGreaterThan(10)
  })

  it('gives no fingerprint to short texts', () => {
    expect(simhash('Too short to fingerprint.')).toBeNull()
  })

  it('cuts a fingerprint into four 16-bit bands, numbered with their position', () => {
    expect(simhashBands('0123456789abcdef')).toEqual([0x0_0123, 0x1_4567, 0x2_89ab, 0x3_cdef])
  })

  it('measures the distance of two fingerprints from their signed halves', () => {
    const [aHi, aLo] = fingerprintHalves('ffffffff00000001')
    const [bHi, bLo] = fingerprintHalves('7fffffff00000000')
    expect([aHi, aLo]).toEqual([-1, 1])
    expect(halvesDistance(aHi, aLo, bHi, bLo)).toBe(2)
    expect(halvesDistance(aHi, aLo, bHi, bLo)).toBe(
      hammingDistance('ffffffff00000001', '7fffffff00000000'),
    )
  })

  it('probes a key that every fingerprint within MAX_DISTANCE bits is indexed under', () => {
    const base = 0x0123456789abcdefn
    const next = (() => {
      let state = 42
      return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31)
    })()
    const probes = new Set(simhashProbes(base.toString(16).padStart(16, '0')))
    expect(probes.size).toBe(4 * 17)
    for (let trial = 0; trial < 2_000; trial++) {
      let copy = base
      const flipped = new Set<number>()
      while (flipped.size < 1 + (trial % MAX_DISTANCE)) {
        flipped.add(next() % 64)
      }
      for (const bit of flipped) {
        copy ^= 1n << BigInt(bit)
      }
      const bands = simhashBands(copy.toString(16).padStart(16, '0'))
      expect(bands.some((band) => probes.has(band))).toBe(true)
    }
  })

  it('does not probe a band that differs in two bits everywhere', () => {
    const probes = new Set(simhashProbes('0000000000000000'))
    expect(simhashBands('0003000300030003').some((band) => probes.has(band))).toBe(false)
  })
})
