import type { Role } from '../auth/require-role.ts'
import type { Store } from '../store/store.ts'

/**
 * Request headers that make a test request as staff with `role`: what tests of routes behind
 * `requireRole` send.
 */
export async function staffHeaders(store: Store, role: Role): Promise<Record<string, string>> {
  const { secret } = await store.createToken(`test ${role}`)
  return { authorization: `Bearer ${secret}` }
}
