'use client'

import { type FormEvent, useCallback, useEffect, useState } from 'react'

interface Account {
  id: string | number
  platform: string
  url: string
  displayName?: string | null
  verified?: boolean
}

const PLATFORMS = [
  ['facebook', 'Facebook'],
  ['zalo', 'Zalo'],
  ['tiktok', 'TikTok'],
  ['youtube', 'YouTube'],
  ['other', 'Khác'],
] as const

const errorOf = async (response: Response) => {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? 'Chưa lưu được, thử lại sau.'
}

/** The member's own social accounts, kept right from their link: listed, removed, added. */
export const AccountsPanel = ({ token }: { token: string }) => {
  const [accounts, setAccounts] = useState<Account[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const path = `/api/campaigns/tap/${encodeURIComponent(token)}/accounts`

  const load = useCallback(async () => {
    const response = await fetch(path, { cache: 'no-store' })
    if (response.ok) setAccounts(((await response.json()) as { accounts: Account[] }).accounts)
  }, [path])

  useEffect(() => {
    void load()
  }, [load])

  const send = async (request: Promise<Response>) => {
    setBusy(true)
    setError(null)
    const response = await request
    setBusy(false)
    if (!response.ok) {
      setError(await errorOf(response))
      return false
    }
    await load()
    return true
  }

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const fields = Object.fromEntries(new FormData(form))
    const body = JSON.stringify(fields)
    if (await send(fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body }))) form.reset()
  }

  if (accounts === null) return null
  return (
    <section className="tap__accounts" aria-label="Tài khoản mạng xã hội của tôi">
      <h2>Tài khoản mạng xã hội của tôi</h2>
      {accounts.length === 0 && <p>Chưa có tài khoản nào.</p>}
      <ul>
        {accounts.map((account) => (
          <li key={String(account.id)}>
            <span>
              {PLATFORMS.find(([value]) => value === account.platform)?.[1] ?? account.platform}: {account.url}
              {account.verified ? ' ✓' : ''}
            </span>
            <button
              type="button"
              disabled={busy}
              onClick={() => void send(fetch(`${path}/${account.id}`, { method: 'DELETE' }))}
            >
              Xóa
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void add(event)}>
        <label>
          Mạng xã hội
          <select name="platform" defaultValue="facebook">
            {PLATFORMS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Đường dẫn trang cá nhân hoặc số điện thoại Zalo
          <input name="url" required maxLength={300} />
        </label>
        <label>
          Tên hiển thị (không bắt buộc)
          <input name="displayName" maxLength={120} />
        </label>
        <button type="submit" className="tap__button" disabled={busy}>
          Thêm tài khoản
        </button>
      </form>
      {error && (
        <p className="tap__notice" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
