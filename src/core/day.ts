import { ValidationError } from './errors.ts'

/**
 * Checks a day given as a filter (`--from`, `to=`…): `YYYY-MM-DD` or nothing. Returns it, or
 * throws a ValidationError naming the option and the bad value.
 */
export function checkDay(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new ValidationError(`${name} "${value}" is not a date (YYYY-MM-DD)`)
  }
  return value
}
