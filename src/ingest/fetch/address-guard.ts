import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { AppError } from '../../core/errors.ts'

/** Address ranges a fetch must never reach from outside: loopback, private, link-local, … */
const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6')
}

/** True when an IP address is loopback, private, link-local, multicast or otherwise internal. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) {
    return PRIVATE.check(address, 'ipv4')
  }
  if (family === 6) {
    // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    return mapped ? PRIVATE.check(mapped[1]!, 'ipv4') : PRIVATE.check(address, 'ipv6')
  }
  return true
}

/**
 * Refuses URLs that would reach this machine or its network (SSRF guard): every address the
 * host name resolves to must be public, unless private addresses are allowed
 * (`WATCHDESK_ALLOW_PRIVATE=1`, for tests and intranet sources). Also refuses schemes other
 * than http and https.
 */
export async function assertFetchable(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError(
      'blocked_url',
      `refusing to fetch "${url.href}": only http and https URLs are fetched`,
      { status: 400 },
    )
  }
  if (allowPrivate) {
    return
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host)
      ? [host]
      : (await lookup(host, { all: true })).map((entry) => entry.address)
  } catch (error: unknown) {
    throw new AppError('dns_failed', `cannot resolve "${host}"`, { status: 502, cause: error })
  }
  const internal = addresses.find(isPrivateAddress)
  if (internal !== undefined) {
    throw new AppError(
      'blocked_url',
      `refusing to fetch "${url.href}": ${host} resolves to ${internal}, a private or loopback address (set WATCHDESK_ALLOW_PRIVATE=1 to allow)`,
      { status: 400 },
    )
  }
}
