'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * A value read from the server: read again whenever `key` changes, and on `reload()`. A failed read
 * keeps the last value and sets `failed`; a read overtaken by a newer one is dropped. A null `load`
 * reads nothing (no document yet).
 */
export const useServerValue = <T>(load: ((signal: AbortSignal) => Promise<T>) | null, key: string) => {
  const [value, setValue] = useState<T | null>(null)
  const [failed, setFailed] = useState(false)
  const [generation, setGeneration] = useState(0)
  // The latest loader, so that a new closure with the same key does not read again.
  const latestLoad = useRef(load)
  latestLoad.current = load
  const enabled = load !== null

  useEffect(() => {
    const read = latestLoad.current
    if (!enabled || !read) return
    const controller = new AbortController()
    read(controller.signal)
      .then((next) => {
        setValue(next)
        setFailed(false)
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true)
      })
    return () => controller.abort()
  }, [enabled, key, generation])

  const reload = useCallback(() => setGeneration((count) => count + 1), [])
  return { value, failed, reload }
}
