'use client'

import { useCallback, useEffect, useState } from 'react'

import { AccountsPanel } from './AccountsPanel'
import './tap.css'

interface TapInfo {
  campaign: { title: string; message: string; startsAt: string; endsAt: string }
  member: { fullName: string }
  post: { url: string; kind: 'facebook_page' | 'local_feed' } | null
  done: string[]
  refusal: { code: string; message: string } | null
}

const BUTTONS = [
  { kind: 'shared', label: 'Đã chia sẻ', done: 'Đã ghi nhận chia sẻ' },
  { kind: 'reacted', label: 'Đã tương tác', done: 'Đã ghi nhận tương tác' },
] as const

const errorOf = async (response: Response) => {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? 'Chưa ghi nhận được, thử lại sau.'
}

/**
 * A member's one-tap page (no login; the signed link is the key): the post to share and two buttons.
 * Built for a phone: one column, large targets.
 */
export const TapPanel = ({ token }: { token: string }) => {
  const [info, setInfo] = useState<TapInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState<string | null>(null)
  const path = `/api/campaigns/tap/${encodeURIComponent(token)}`

  const load = useCallback(async () => {
    const response = await fetch(path, { cache: 'no-store' })
    if (!response.ok) return setError(await errorOf(response))
    setInfo((await response.json()) as TapInfo)
  }, [path])

  useEffect(() => {
    void load()
  }, [load])

  const tap = async (kind: string) => {
    setSending(kind)
    setError(null)
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind }),
    })
    setSending(null)
    if (!response.ok) return setError(await errorOf(response))
    setInfo((current) => (current ? { ...current, done: [...new Set([...current.done, kind])] } : current))
  }

  return (
    <main className="tap">
      <h1 className="tap__title">{info?.campaign.title ?? 'Chiến dịch chia sẻ'}</h1>
      {info && (
        <>
          <p className="tap__hello">Kính gửi đồng chí {info.member.fullName},</p>
          {info.campaign.message && <p className="tap__message">{info.campaign.message}</p>}
          {info.post && (
            <a className="tap__post" href={info.post.url} target="_blank" rel="noopener noreferrer">
              {info.post.kind === 'facebook_page' ? 'Mở bài viết trên Facebook' : 'Mở bài viết trên trang tin'}
            </a>
          )}
          {info.refusal ? (
            <p className="tap__notice" role="alert">
              {info.refusal.message}
            </p>
          ) : (
            <div className="tap__buttons">
              {BUTTONS.map((button) => {
                const done = info.done.includes(button.kind)
                return (
                  <button
                    key={button.kind}
                    type="button"
                    className="tap__button"
                    aria-pressed={done}
                    disabled={done || sending !== null}
                    onClick={() => void tap(button.kind)}
                  >
                    {done ? `✓ ${button.done}` : button.label}
                  </button>
                )
              })}
            </div>
          )}
        </>
      )}
      {error && (
        <p className="tap__notice" role="alert">
          {error}
        </p>
      )}
      {info && <AccountsPanel token={token} />}
    </main>
  )
}
