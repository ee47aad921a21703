import { describe, expect, it } from 'vitest'
import {
  base32Decode,
  base32Encode,
  newTotpSecret,
  otpauthUri,
  totpCode,
  verifyTotp,
} from './totp.ts'

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", codes cut to 6 digits.
const SEED = base32Encode(Buffer.from('12345678901234567890'))

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(SEED).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')
    const at = (seconds: number) => totpCode(SEED, new Date(seconds * 1000))
    expect(at(59)).toBe('287082')
    expect(at(1111111109)).toBe('081804')
    expect(at(1111111111)).toBe('050471')
    expect(at(1234567890)).toBe('005924')
    expect(at(2000000000)).toBe('279037')
  })

  it('accepts one step of clock drift either way, and nothing further or malformed', () => {
    const now = new Date(1_700_000_000_000)
    const code = (offset: number) => totpCode(SEED, new Date(now.getTime() + offset * 1000))
    expect(verifyTotp(SEED, code(0), now)).toBe(true)
    expect(verifyTotp(SEED, code(-30), now)).toBe(true)
    expect(verifyTotp(SEED, code(30), now)).toBe(true)
    expect(verifyTotp(SEED, code(-90), now)).toBe(false)
    expect(verifyTotp(SEED, `${code(0).slice(0, 3)} ${code(0).slice(3)}`, now)).toBe(true)
    expect(verifyTotp(SEED, '12345', now)).toBe(false)
    expect(verifyTotp(SEED, 'abcdef', now)).toBe(false)
  })

  it('round-trips base32 and refuses characters outside it', () => {
    const secret = newTotpSecret()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(base32Encode(base32Decode(secret)!)).toBe(secret)
    expect(base32Decode('gezd gnbv')?.toString()).toBe('12345')
    expect(base32Decode('GEZ1')).toBeNull()
    expect(otpauthUri(secret, 'ed@example.org')).toBe(
      `otpauth://totp/Watchdesk%3Aed%40example.org?secret=${secret}&issuer=Watchdesk&algorithm=SHA1&digits=6&period=30`,
    )
  })
})
