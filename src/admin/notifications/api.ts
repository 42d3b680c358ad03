import type { Id } from '../../workflow/roles'

export interface BellItem {
  id: Id
  title: string
  body?: string | null
  link?: string | null
  readAt?: string | null
  createdAt: string
}

export const LATEST = 20

const FIELDS = ['title', 'body', 'link', 'readAt', 'createdAt']

const json = { 'Content-Type': 'application/json' }

const unreadWhere = 'where[readAt][exists]=false'

/** The latest notifications and the unread count. The server's access rule limits both to this user. */
export const fetchBell = async (api: string, signal?: AbortSignal) => {
  const select = FIELDS.map((field) => `select[${field}]=true`).join('&')
  const [list, count] = await Promise.all([
    fetch(`${api}/notifications?sort=-createdAt&limit=${LATEST}&depth=0&${select}`, { credentials: 'include', signal }),
    fetch(`${api}/notifications/count?${unreadWhere}`, { credentials: 'include', signal }),
  ])
  if (!list.ok || !count.ok) throw new Error(`HTTP ${list.ok ? count.status : list.status}`)
  const { docs } = (await list.json()) as { docs: BellItem[] }
  const { totalDocs } = (await count.json()) as { totalDocs: number }
  return { items: docs, unread: totalDocs }
}

export const markRead = (api: string, id: Id, readAt: string) =>
  fetch(`${api}/notifications/${encodeURIComponent(String(id))}?depth=0`, {
    method: 'PATCH',
    credentials: 'include',
    headers: json,
    body: JSON.stringify({ readAt }),
  })

export const markAllRead = (api: string, readAt: string) =>
  fetch(`${api}/notifications?${unreadWhere}&depth=0`, {
    method: 'PATCH',
    credentials: 'include',
    headers: json,
    body: JSON.stringify({ readAt }),
  })
