'use client'

import { useState } from 'react'

/** "Bình chọn" for an entry on the site's gallery: once per browser, counted by the server. */
export const VoteButton = ({ entryId, initial }: { entryId: string; initial: number }) => {
  const [votes, setVotes] = useState(initial)
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'failed'>('idle')
  const [message, setMessage] = useState('')
  const vote = async () => {
    setState('sending')
    const response = await fetch(`/api/contest-entries/${encodeURIComponent(entryId)}/vote`, { method: 'POST' })
    const body = (await response.json().catch(() => ({}))) as { votes?: number; errors?: { message: string }[] }
    if (response.ok) {
      setVotes(body.votes ?? votes + 1)
      setState('done')
    } else {
      setMessage(body.errors?.[0]?.message ?? 'Chưa ghi nhận được, thử lại sau.')
      setState('failed')
    }
  }
  return (
    <div className="ct-vote">
      <button
        type="button"
        className="fp-react"
        aria-pressed={state === 'done'}
        disabled={state === 'sending' || state === 'done'}
        onClick={() => void vote()}
      >
        {state === 'done' ? 'Đã bình chọn' : 'Bình chọn'}
      </button>
      <span className="fp-react__count" aria-live="polite">
        {votes > 0 ? `${votes} lượt bình chọn` : ''}
        {state === 'failed' ? ` · ${message}` : ''}
      </span>
    </div>
  )
}
