import { describe, expect, it } from 'vitest'
import { checkNewPassword, hashPassword, UNUSABLE_HASH, verifyPassword } from './password.ts'

describe('passwords', () => {
  it('hashes with scrypt and a random salt, and verifies only the same password', async () => {
    const a = await hashPassword('correct horse battery')
    const b = await hashPassword('correct horse battery')
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('correct horse battery', a)).toBe(true)
    expect(await verifyPassword('correct horse batterY', a)).toBe(false)
    expect(await verifyPassword('', a)).toBe(false)
  })

  it('treats composed and decomposed accents as one password', async () => {
    const stored = await hashPassword('Tbilisi-Erevan-\u00e9t\u00e9')
    expect(await verifyPassword('Tbilisi-Erevan-e\u0301te\u0301', stored)).toBe(true)
  })

  it('never matches a malformed or unusable hash', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false)
    expect(await verifyPassword('x', 'scrypt$abc$8$1$c2FsdA$a2V5')).toBe(false)
    expect(await verifyPassword('anything at all', UNUSABLE_HASH)).toBe(false)
  })

  it('names a password that is too short or too long', () => {
    expect(() => {
      checkNewPassword('short')
    }).toThrow(/at least 10 characters \(it has 5\)/)
    expect(() => {
      checkNewPassword('x'.repeat(300))
    }).toThrow(/at most 256/)
    expect(() => {
      checkNewPassword('long enough pass')
    }).not.toThrow()
  })
})
