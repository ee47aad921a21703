import { describe, expect, it } from 'vitest'
import { hammingDistance, MAX_DISTANCE, simhash, simhashBands } from './simhash.ts'

const STORY =
  'Armenia and Azerbaijan signed a joint declaration at the White House on Friday after talks hosted by the United States president, and their foreign ministers initialled the text of a peace agreement that the two countries had negotiated for several years. The declaration also provides for a transit route across southern Armenia that will connect mainland Azerbaijan with its Nakhchivan exclave, to be developed with American participation. Officials in Yerevan and Baku said the treaty would be signed once remaining conditions were met. ' +
  "The agreement text, published by both foreign ministries a few days later, commits the two states to recognise each other's territorial integrity, to refrain from the use of force, and to withdraw claims against each other in international courts within a month of the treaty entering into force. " +
  'Azerbaijan has said that Armenia must first change its constitution, which refers to the declaration of independence, before the treaty can be signed, a demand that the Armenian government has said it will address in a referendum.'

describe('simhash', () => {
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

  it('cuts a fingerprint into eight position-tagged bands that near copies share', () => {
    const a = simhash(STORY)!
    const b = simhash(`${STORY} (Reuters)`)!
    expect(simhashBands(a)).toHaveLength(8)
    expect(simhashBands(a)[0]).toMatch(/^0:[0-9a-f]{2}$/)
    expect(simhashBands(a).filter((band) => simhashBands(b).includes(band)).length).toBeGreaterThan(
      0,
    )
  })
})
