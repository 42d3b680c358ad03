'use client'
import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `everyMs`, so countdowns move without reloading. Null until
 * mounted: the server's clock and the browser's differ, and text rendered from either would not
 * match the other's during hydration.
 */
export const useNow = (everyMs = 30_000): number | null => {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
