import type { Id } from '../../workflow/roles'
import { apiFetch, apiGet, pathId } from '../request'

export interface BellItem {
  id: Id
  title: string
  body?: string | null
  link?: string | null
  /** `NoticeLink[]` as stored: read through `noticeLinks`. */
  links?: unknown
  readAt?: string | null
  createdAt: string
}

export const LATEST = 20

const FIELDS = ['title', 'body', 'link', 'links', 'readAt', 'createdAt']

const unreadWhere = 'where[readAt][exists]=false'

/** The latest notifications and the unread count. The server's access rule limits both to this user. */
export const fetchBell = async (api: string, signal?: AbortSignal) => {
  const select = FIELDS.map((field) => `select[${field}]=true`).join('&')
  const [{ docs }, { totalDocs }] = await Promise.all([
    apiGet<{ docs: BellItem[] }>(`${api}/notifications?sort=-createdAt&limit=${LATEST}&depth=0&${select}`, { signal }),
    apiGet<{ totalDocs: number }>(`${api}/notifications/count?${unreadWhere}`, { signal }),
  ])
  return { items: docs, unread: totalDocs }
}

export const markRead = (api: string, id: Id, readAt: string) =>
  apiFetch(`${api}/notifications/${pathId(id)}?depth=0`, { method: 'PATCH', body: { readAt } })

export const markAllRead = (api: string, readAt: string) =>
  apiFetch(`${api}/notifications?${unreadWhere}&depth=0`, { method: 'PATCH', body: { readAt } })
