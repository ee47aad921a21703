/**
 * Who is signed in to the desk, loaded once from `/api/auth/me` and shared by every component
 * (`useSession`). Pages never wait for it: it arrives beside their own data.
 * @module
 */

import { useSyncExternalStore } from 'react'
import { getJson } from '../api/client'

/** A member of staff as `/api/auth/me` describes them. */
export interface StaffUser {
  id: string
  email: string
  name: string
  role: 'admin' | 'editor' | 'analyst'
  totpEnabled: boolean
}

/** `undefined` while loading; `null` when no one is signed in. */
export type SessionState = StaffUser | null | undefined

let current: SessionState
let loading: Promise<void> | null = null
const listeners = new Set<() => void>()

/** Sets who is signed in (after login or logout) and tells every component. */
export function setSessionUser(user: StaffUser | null): void {
  current = user
  for (const listener of listeners) {
    listener()
  }
}

/** Loads the session once (again when `force`); failures count as signed out. */
export function loadSession(force = false): Promise<void> {
  if (!loading || force) {
    loading = getJson('/api/auth/me')
      .then((me) => {
        setSessionUser((me as { user: StaffUser | null }).user)
      })
      .catch(() => {
        setSessionUser(null)
      })
  }
  return loading
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  void loadSession()
  return () => listeners.delete(listener)
}

/** The signed-in member of staff: undefined while loading, null when signed out. */
export function useSession(): SessionState {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  )
}

/** True for roles that may see the outlet's editorial side (applications, posts). */
export function isEditor(user: SessionState): boolean {
  return user?.role === 'admin' || user?.role === 'editor'
}
