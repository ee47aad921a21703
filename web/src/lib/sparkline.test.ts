import { describe, expect, it } from 'vitest'
import { goldsteinY, sparklinePoints } from './sparkline'

describe('sparkline geometry', () => {
  it('spreads the weeks over the width and the Goldstein scale over the height', () => {
    expect(sparklinePoints([10, 0, -10], 200, 40)).toBe('0,0 100,20 200,40')
  })

  it('skips empty weeks but keeps their place on the line', () => {
    expect(sparklinePoints([5, null, null, -5], 30, 20)).toBe('0,5 30,15')
  })

  it('puts a single week in the middle and clamps scores off the scale', () => {
    expect(sparklinePoints([3], 100, 20)).toBe('50,7')
    expect(goldsteinY(-14, 48)).toBe(48)
    expect(sparklinePoints([], 100, 20)).toBe('')
  })
})
