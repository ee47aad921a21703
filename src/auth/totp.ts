import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const STEP_SECONDS = 30
const DIGITS = 6

/** RFC 4648 base32 without padding, as authenticator apps take secrets. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31)
      bits -= 5
    }
  }
  if (bits > 0) {
    out += ALPHABET.charAt((value << (5 - bits)) & 31)
  }
  return out
}

/** Decodes base32, ignoring case, spaces and padding; null when a character is not base32. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=]/g, '').toUpperCase()
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const char of clean) {
    const index = ALPHABET.indexOf(char)
    if (index < 0) {
      return null
    }
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

/** A new random TOTP secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20))
}

/** The RFC 6238 code (HMAC-SHA1, 30 s steps, 6 digits) of `secret` at `time`. */
export function totpCode(secret: string, time: Date): string {
  const key = base32Decode(secret) ?? Buffer.alloc(0)
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(time.getTime() / 1000 / STEP_SECONDS)))
  const mac = createHmac('sha1', key).update(counter).digest()
  const offset = (mac[mac.length - 1] ?? 0) & 15
  const binary = mac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0')
}

/**
 * True when `code` is the code of `secret` at `now` or one step either side (clock drift).
 * Spaces in the code are ignored.
 */
export function verifyTotp(secret: string, code: string, now: Date): boolean {
  const given = Buffer.from(code.replace(/\s/g, ''))
  if (given.length !== DIGITS) {
    return false
  }
  let ok = false
  for (const step of [-1, 0, 1]) {
    const expected = Buffer.from(
      totpCode(secret, new Date(now.getTime() + step * STEP_SECONDS * 1000)),
    )
    ok = timingSafeEqual(expected, given) || ok
  }
  return ok
}

/** The `otpauth://` address an authenticator app reads (usually from a QR code). */
export function otpauthUri(secret: string, account: string, issuer = 'Watchdesk'): string {
  const label = encodeURIComponent(`${issuer}:${account}`)
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`
}
