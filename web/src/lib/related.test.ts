import { describe, expect, it } from 'vitest'
import {
  CAMEO_ROOT_NAMES,
  cameoRootName,
  formatRelatedReasons,
  relatedReasonParts,
} from './related'

const NAMES = new Map([
  ['nikol-pashinyan', 'Nikol Pashinyan'],
  ['csto', 'Collective Security Treaty Organization'],
])

describe('cameoRootName', () => {
  it('names every one of the 20 roots', () => {
    const codes = Object.keys(CAMEO_ROOT_NAMES).sort()
    expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')))
    expect(cameoRootName('19')).toBe('Fight')
    expect(cameoRootName('01')).toBe('Make public statement')
    expect(cameoRootName('20')).toBe('Use unconventional mass violence')
  })

  it('pads a single digit and says so when the root is unknown', () => {
    expect(cameoRootName('4')).toBe('Consult')
    expect(cameoRootName('99')).toBe('CAMEO root 99')
  })
})

describe('relatedReasonParts', () => {
  it('names actors the page knows, shows the ids of the others', () => {
    expect(
      relatedReasonParts(
        { actors: ['nikol-pashinyan', 'arm-mfa'], eventRoots: [], terms: [] },
        NAMES,
      ),
    ).toEqual(['Same actors: Nikol Pashinyan, arm-mfa'])
  })

  it('names at most three actors and counts the rest', () => {
    const reasons = { actors: ['a', 'b', 'csto', 'd', 'e'], eventRoots: [], terms: [] }
    expect(relatedReasonParts(reasons, NAMES)).toEqual([
      'Same actors: a, b, Collective Security Treaty Organization and 2 more',
    ])
  })

  it('names at most three event roots and counts the rest', () => {
    expect(
      relatedReasonParts({ actors: [], eventRoots: ['01', '04', '19', '11'], terms: [] }),
    ).toEqual(['Same kind of event: Make public statement, Consult, Fight and 1 more'])
  })

  it('gives event roots by their CAMEO names', () => {
    expect(relatedReasonParts({ actors: [], eventRoots: ['19', '04'], terms: [] })).toEqual([
      'Same kind of event: Fight, Consult',
    ])
  })

  it('shows up to three shared words, without repeats', () => {
    const reasons = {
      actors: [],
      eventRoots: [],
      terms: ['csto', 'csto', 'weapons', 'sell', 'bishkek'],
    }
    expect(relatedReasonParts(reasons)).toEqual(['Shared words: csto, weapons, sell'])
  })

  it('gives nothing for empty reasons', () => {
    expect(relatedReasonParts({ actors: [], eventRoots: [], terms: [] })).toEqual([])
  })
})

describe('formatRelatedReasons', () => {
  it('joins the parts in order: actors, events, words', () => {
    expect(
      formatRelatedReasons(
        { actors: ['csto'], eventRoots: ['19'], terms: ['weapons', 'azerbaijan'] },
        NAMES,
      ),
    ).toBe(
      'Same actors: Collective Security Treaty Organization · Same kind of event: Fight · Shared words: weapons, azerbaijan',
    )
  })

  it('is empty when nothing is shared', () => {
    expect(formatRelatedReasons({ actors: [], eventRoots: [], terms: [] })).toBe('')
  })
})
