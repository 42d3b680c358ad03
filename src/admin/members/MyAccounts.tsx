'use client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { useNewsroomTranslation } from '../i18n'
import { MEMBER_LABELS as L } from './labels'
import './members.scss'

const PLATFORMS = ['facebook', 'zalo', 'tiktok', 'youtube', 'other'] as const
type Platform = (typeof PLATFORMS)[number]
const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  zalo: 'Zalo',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  other: 'Khác',
}

interface Account {
  id?: string | number
  platform: Platform
  url: string
}

const errorOf = async (response: Response) =>
  ((await response.json().catch(() => null)) as { errors?: { message: string }[] } | null)?.errors?.[0]?.message ??
  response.statusText

/** A signed-in member's own social accounts: read, corrected, added and removed through the REST API. */
export const MyAccounts = () => {
  const { pick } = useNewsroomTranslation()
  const { user } = useAuth()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [member, setMember] = useState<string | number | null | undefined>(undefined)
  const [accounts, setAccounts] = useState<Account[]>([])
  const [message, setMessage] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!user) return
    const mine = await fetch(`${api}/members?where[user][equals]=${user.id}&depth=0&limit=1`, {
      credentials: 'include',
    })
    const found = mine.ok ? ((await mine.json()) as { docs: { id: string | number }[] }).docs[0] : undefined
    setMember(found?.id ?? null)
    if (!found) return
    const listed = await fetch(
      `${api}/social-accounts?where[member][equals]=${found.id}&depth=0&limit=100&sort=createdAt`,
      {
        credentials: 'include',
      },
    )
    if (listed.ok) setAccounts(((await listed.json()) as { docs: Account[] }).docs)
  }, [api, user])

  useEffect(() => {
    void load()
  }, [load])

  const save = async (account: Account) => {
    const response = await fetch(`${api}/social-accounts${account.id ? `/${account.id}` : ''}`, {
      method: account.id ? 'PATCH' : 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ member, platform: account.platform, url: account.url }),
    })
    setMessage(response.ok ? pick(L.saved) : await errorOf(response))
    if (response.ok) await load()
  }

  const remove = async (account: Account) => {
    const response = await fetch(`${api}/social-accounts/${account.id}`, { method: 'DELETE', credentials: 'include' })
    setMessage(response.ok ? pick(L.saved) : await errorOf(response))
    if (response.ok) await load()
  }

  const change = (index: number, patch: Partial<Account>) =>
    setAccounts((current) => current.map((account, at) => (at === index ? { ...account, ...patch } : account)))

  if (member === undefined) return null
  return (
    <div className="newsroom-members">
      <h1>{pick(L.myAccounts)}</h1>
      {member === null ? (
        <p role="alert">{pick(L.notMember)}</p>
      ) : (
        <>
          <p className="newsroom-members__help">{pick(L.myAccountsHelp)}</p>
          <ul className="newsroom-members__accounts">
            {accounts.map((account, index) => (
              <li className="newsroom-members__account" key={account.id ?? `new-${index}`}>
                <select
                  aria-label={pick(L.platform)}
                  onChange={(event) => change(index, { platform: event.target.value as Platform })}
                  value={account.platform}
                >
                  {PLATFORMS.map((platform) => (
                    <option key={platform} value={platform}>
                      {PLATFORM_NAMES[platform]}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={pick(L.url)}
                  onChange={(event) => change(index, { url: event.target.value })}
                  value={account.url}
                />
                <Button buttonStyle="primary" margin={false} onClick={() => save(account)} size="small">
                  {pick(L.save)}
                </Button>
                {account.id ? (
                  <Button buttonStyle="secondary" margin={false} onClick={() => remove(account)} size="small">
                    {pick(L.remove)}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          <div>
            <Button
              buttonStyle="secondary"
              margin={false}
              onClick={() => setAccounts((current) => [...current, { platform: 'facebook', url: '' }])}
            >
              {pick(L.add)}
            </Button>
          </div>
        </>
      )}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
