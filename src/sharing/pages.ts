import type { PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'
import type { SharingPage } from '../workflow/sharing'

export interface NamedPage extends SharingPage {
  name: string
}

/**
 * A page as sharing sees it: its level, its parent, its children (by id and name). Read by the
 * server: a grassroots member may not read its district page, yet shares up to it.
 */
export const loadSharingPage = async (
  req: PayloadRequest,
  id: Id,
): Promise<{ page: NamedPage; children: { id: Id; name: string }[] } | null> => {
  const page = await req.payload.findByID({
    collection: 'pages',
    id,
    depth: 0,
    select: { name: true, level: true, parent: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!page) return null
  const children =
    page.level === 'district'
      ? (
          await req.payload.find({
            collection: 'pages',
            where: { parent: { equals: id } },
            select: { name: true },
            sort: 'name',
            depth: 0,
            limit: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs.map((child) => ({ id: child.id as Id, name: String(child.name ?? '') }))
      : []
  return {
    page: {
      id: page.id as Id,
      name: String(page.name ?? ''),
      level: page.level === 'district' ? 'district' : 'grassroots',
      parent: relationId(page.parent as never),
      children: children.map((child) => child.id),
    },
    children,
  }
}

/** Page names by id, as they are now (kept in the history and the credits as text). */
export const pageNames = async (req: PayloadRequest, ids: Id[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((page) => [String(page.id), String(page.name ?? '')]))
}

/** A user's display name (the credits name people, not accounts). */
export const userName = async (req: PayloadRequest, id: Id | null): Promise<string | null> => {
  if (id === null) return null
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { name: true, email: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const { name } = (user ?? {}) as { name?: unknown }
  return typeof name === 'string' && name.trim() ? name.trim() : null
}

/** The pages that already hold a share of this story: once per story and target page. */
export const pagesHoldingShareOf = async (req: PayloadRequest, storyId: Id): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: 'stories',
    where: { 'origin.story': { equals: String(storyId) } },
    select: { page: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => relationId(doc.page as never)).filter((id): id is Id => id !== null)
}

/** The page's enabled channels: where an accepted offer goes out. */
export const enabledChannelsOf = async (req: PayloadRequest, page: Id): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: 'channels',
    where: { and: [{ page: { equals: page } }, { enabled: { equals: true } }] },
    select: {},
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id as Id)
}
