import { randomBytes } from 'node:crypto'
import type { Role } from '../auth/require-role.ts'
import type { Store } from '../store/store.ts'

/**
 * Request headers that make a test request as staff with `role`: a new user of that role and
 * an API token of theirs, as tests of routes behind `requireRole` send.
 */
export async function staffHeaders(store: Store, role: Role): Promise<Record<string, string>> {
  const tag = randomBytes(4).toString('hex')
  const user = await store.accounts.createUser({
    email: `${role}-${tag}@example.org`,
    name: `Test ${role} ${tag}`,
    role,
    password: randomBytes(12).toString('base64url'),
  })
  const { secret } = await store.createToken(`test ${role}`, { userId: user.id })
  return { authorization: `Bearer ${secret}` }
}
