import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { ValidationError } from '../core/errors.ts'

// scrypt at N = 2^15, r = 8 (32 MiB, about 0.1 s here): OWASP's password storage floor.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32

/** The shortest and longest password accepted (NIST SP 800-63B: length over composition). */
export const PASSWORD_LENGTH = { min: 10, max: 256 }

function derive(password: string, salt: Buffer, params: typeof PARAMS): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) {
        reject(error)
      } else {
        resolve(key)
      }
    })
  })
}

/** Throws a {@link ValidationError} naming what is wrong with a new password. */
export function checkNewPassword(password: string): void {
  if (password.length < PASSWORD_LENGTH.min) {
    throw new ValidationError(
      `the password must have at least ${PASSWORD_LENGTH.min} characters (it has ${password.length})`,
      { code: 'weak_password' },
    )
  }
  if (password.length > PASSWORD_LENGTH.max) {
    throw new ValidationError(`the password must have at most ${PASSWORD_LENGTH.max} characters`, {
      code: 'weak_password',
    })
  }
}

/**
 * Hashes a password with scrypt and a random salt, as `scrypt$N$r$p$salt$key` (base64url), so
 * the parameters can be raised later without breaking stored hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS)
  const { N, r, p } = PARAMS
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** True when `password` matches `stored`; false for any other or malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key || password.length > PASSWORD_LENGTH.max) {
    return false
  }
  const params = { N: Number(n), r: Number(r), p: Number(p) }
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0)) {
    return false
  }
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), params)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/** A hash no password matches, checked against when the e-mail is unknown (same timing). */
export const UNUSABLE_HASH = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${randomBytes(16).toString('base64url')}$${randomBytes(KEY_LENGTH).toString('base64url')}`
