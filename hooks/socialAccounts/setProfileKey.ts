import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../src/auth/actor'
import { newsroomFieldError } from '../../src/i18n/errors'
import { type ProfilePlatform, profileKey } from '../../src/members/profileKey'
import { sameId } from '../../src/workflow/roles'

/**
 * `profileKey` is always the server's (`src/members/profileKey.ts`), never the client's: the URL or
 * phone in one normal form. A profile belongs to one member of a page: a key another account of the
 * page already holds is refused, naming whose it is (this member's or another's).
 */
export const setProfileKey: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const platform = (data.platform ?? originalDoc?.platform) as ProfilePlatform
  const key = profileKey(platform, (data.url ?? originalDoc?.url) as string | undefined)
  if (!key) throw newsroomFieldError(req, 'profile_invalid', 'url')
  const page = relationId(data.page ?? originalDoc?.page)
  const { docs } = await req.payload.find({
    collection: 'social-accounts',
    where: {
      and: [
        { page: { equals: page } },
        { profileKey: { equals: key } },
        ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { member: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const owner = docs[0] ? relationId(docs[0].member as never) : undefined
  if (owner !== undefined) {
    const member = relationId(data.member ?? originalDoc?.member)
    throw newsroomFieldError(req, sameId(owner, member) ? 'profile_listed' : 'profile_taken', 'url')
  }
  return { ...data, profileKey: key }
}
