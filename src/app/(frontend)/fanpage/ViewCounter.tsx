'use client'

import { useEffect } from 'react'

/** Tells the server which posts this page showed, once per page view: their views and viewers. */
export const ViewCounter = ({ storyIds }: { storyIds: string[] }) => {
  const key = storyIds.join(',')
  useEffect(() => {
    if (!key) return
    void fetch('/api/post-metrics/local/views', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stories: key.split(',') }),
      keepalive: true,
    }).catch(() => {})
  }, [key])
  return null
}
