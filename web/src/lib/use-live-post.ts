import { useEffect, useState } from 'react'
import { ApiError } from '../api/api-error'
import { sendJson } from '../api/send'

/** What {@link useLivePost} knows: the latest answer, or why it failed. */
export interface LiveAnswer<T> {
  data: T | null
  error: string | null
  pending: boolean
}

/**
 * POSTs `body` to `path` once it has stopped changing for `delayMs`, and keeps the latest
 * answer (a newer body cancels the request for an older one, so answers never arrive out of
 * order). A null body sends nothing. The body is compared as JSON, so callers may build it
 * afresh on every render.
 */
export function useLivePost<T>(path: string, body: unknown, delayMs: number): LiveAnswer<T> {
  const key = body === null ? null : JSON.stringify(body)
  const [answer, setAnswer] = useState<LiveAnswer<T>>({ data: null, error: null, pending: false })
  useEffect(() => {
    if (key === null) {
      return undefined
    }
    const controller = new AbortController()
    setAnswer((a) => ({ ...a, pending: true }))
    const timer = setTimeout(() => {
      sendJson('POST', path, JSON.parse(key), { signal: controller.signal })
        .then((data) => {
          setAnswer({ data: data as T, error: null, pending: false })
        })
        .catch((e: unknown) => {
          if (!controller.signal.aborted) {
            const message = e instanceof ApiError ? e.message : String(e)
            setAnswer((a) => ({ ...a, error: message, pending: false }))
          }
        })
    }, delayMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [path, key, delayMs])
  return answer
}
