'use client'

import { useState } from 'react'

/**
 * "Thích" on a post of the public page: one per browser (the server remembers nothing about the
 * reader; see src/insights/local/visitorCookies.ts), counted into the post's `reactions` figure.
 */
export const ReactionButton = ({ storyId, initial }: { storyId: string; initial: number }) => {
  const [count, setCount] = useState(initial)
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'failed'>('idle')
  const react = async () => {
    setState('sending')
    try {
      const response = await fetch('/api/post-metrics/local/reaction', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ story: storyId }),
      })
      if (!response.ok) throw new Error(String(response.status))
      const body = (await response.json()) as { reactions: number }
      setCount(body.reactions)
      setState('done')
    } catch {
      setState('failed')
    }
  }
  return (
    <div className="fp-post__actions">
      <button
        type="button"
        className="fp-react"
        aria-pressed={state === 'done'}
        disabled={state === 'sending' || state === 'done'}
        onClick={() => void react()}
      >
        {state === 'done' ? 'Đã thích' : 'Thích'}
      </button>
      <span className="fp-react__count" aria-live="polite">
        {count > 0 ? `${count} lượt thích` : ''}
        {state === 'failed' ? ' · Chưa ghi nhận được, thử lại sau.' : ''}
      </span>
    </div>
  )
}
