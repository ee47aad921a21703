import { useEffect, useState } from 'react'

/**
 * The current time (epoch ms), refreshed every `intervalMs` (default 30 s), so relative times
 * such as "5 minutes ago" stay true while a page is open.
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now())
    }, intervalMs)
    return () => {
      clearInterval(timer)
    }
  }, [intervalMs])
  return now
}
