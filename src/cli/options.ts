import { InvalidArgumentError } from 'commander'

/** Parses a non-negative integer option, naming the bad value. */
export function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) {
    throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 0`)
  }
  return n
}
