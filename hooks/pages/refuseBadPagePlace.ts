import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../../src/auth/actor'
import { newsroomFieldError } from '../../src/i18n/errors'

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/

/**
 * A page's slug is its public address (`/p/<slug>`), and the network has two levels: grassroots
 * pages under a district page, so shares go up and down one step and no page can be its own ancestor.
 */
export const refuseBadPagePlace: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  if (typeof merged.slug !== 'string' || !SLUG.test(merged.slug))
    throw newsroomFieldError(req, 'page_slug_invalid', 'slug')
  const parent = relationId(merged.parent)
  if (merged.level === 'district') {
    if (parent !== null) throw newsroomFieldError(req, 'page_parent_invalid', 'parent')
    return data
  }
  const parentPage =
    parent === null
      ? null
      : await req.payload.findByID({
          collection: 'pages',
          id: parent,
          depth: 0,
          select: { level: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  if (parentPage?.level !== 'district') throw newsroomFieldError(req, 'page_parent_invalid', 'parent')
  return data
}
