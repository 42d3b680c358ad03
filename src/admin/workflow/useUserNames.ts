'use client'
import { useAuth } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { fetchUserName } from './api'

// Names do not change while the admin is open; a module cache saves one request per name and render.
const cache = new Map<string, Promise<string | null>>()

const nameOf = (apiRoute: string, id: Id) => {
  const key = `${apiRoute}|${id}`
  let pending = cache.get(key)
  if (!pending) {
    pending = fetchUserName(apiRoute, id).catch(() => null)
    cache.set(key, pending)
  }
  return pending
}

/** Display names of the given users; null for those this user may not see. */
export const useUserNames = (apiRoute: string, ids: readonly Id[]) => {
  const { user } = useAuth<{ id: Id; name?: string; email?: string }>()
  const [names, setNames] = useState<Record<string, string | null>>({})
  const wanted = [...new Set(ids.map(String))].sort().join(',')

  useEffect(() => {
    let live = true
    const keys = wanted ? wanted.split(',') : []
    void Promise.all(keys.map(async (key) => [key, await nameOf(apiRoute, key)] as const)).then((entries) => {
      if (live) setNames(Object.fromEntries(entries))
    })
    return () => {
      live = false
    }
  }, [apiRoute, wanted])

  const self = user ? { id: String(user.id), name: user.name || user.email || null } : null
  return (id: Id): { name: string | null; isSelf: boolean } =>
    self && self.id === String(id)
      ? { name: self.name, isSelf: true }
      : { name: names[String(id)] ?? null, isSelf: false }
}
