import type { Where } from 'payload'

import type { Id } from '../../workflow/roles'
import { encodeSearch, whereParams } from '../queues/queues'

export interface AdminLinks {
  doc: (collection: string, id: Id) => string
  list: (collection: string, where?: Where, sort?: string) => string
}

/** Admin URLs; list links carry the filter in the qs notation Payload's list view reads. */
export const adminLinks = (adminRoute: string): AdminLinks => ({
  doc: (collection, id) => `${adminRoute}/collections/${collection}/${encodeURIComponent(String(id))}`,
  list: (collection, where, sort) => {
    const pairs = [...whereParams(where), ...(sort ? [['sort', sort] as [string, string]] : [])]
    const search = encodeSearch(pairs)
    return `${adminRoute}/collections/${collection}${search ? `?${search}` : ''}`
  },
})
