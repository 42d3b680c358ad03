import type { BaseFilter, CollectionConfig, Where } from 'payload'

import { toActor } from '../../auth/actor'
import { isOperator } from '../../fanpages/membership'
import { sameId } from '../../workflow/roles'
import { chosenPageIn } from './cookie'

/**
 * The page chosen in the switcher, as the database spells its ids: one of the user's pages (any page
 * for an admin), or null — then the list shows every page the access rules let it.
 */
const chosenPage: (req: Parameters<BaseFilter>[0]['req']) => string | number | null = (req) => {
  const chosen = chosenPageIn(req.headers?.get('cookie'))
  const actor = toActor(req.user)
  if (chosen === null || !actor) return null
  const membership = actor.memberships?.find((candidate) => sameId(candidate.page, chosen))
  if (membership) return membership.page
  if (!isOperator(actor)) return null
  return req.payload.db.defaultIDType === 'number' ? (/^\d+$/.test(chosen) ? Number(chosen) : null) : chosen
}

const filterBy =
  (path: string): BaseFilter =>
  ({ req }) => {
    const page = chosenPage(req)
    return page === null ? null : ({ [path]: { equals: page } } as Where)
  }

const hasPageField = (collection: CollectionConfig) =>
  collection.fields.some((field) => 'name' in field && field.name === 'page' && field.type === 'relationship')

/**
 * The admin's page context on every list: page-owned collections filter by their `page`, users by
 * their memberships, and page-owned lists show the `page` column (hidden again, by the switcher, for
 * users of a single page). Only the lists: the access rules stay the guard.
 */
export const withPageContext = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const path = hasPageField(collection) ? 'page' : collection.slug === 'users' ? 'memberships.page' : null
    if (!path || collection.admin?.baseFilter || collection.admin?.baseListFilter) return collection
    const columns = collection.admin?.defaultColumns
    return {
      ...collection,
      admin: {
        ...collection.admin,
        baseFilter: filterBy(path),
        ...(columns && path === 'page' && !columns.includes('page') ? { defaultColumns: [...columns, 'page'] } : {}),
      },
    }
  })
