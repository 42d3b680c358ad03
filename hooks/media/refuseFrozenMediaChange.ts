import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { toActor } from '../../src/auth/actor'
import { newsroomError } from '../../src/i18n/errors'
import { MEDIA_USES } from '../../src/media/usage'
import { type Id, hasRole } from '../../src/workflow/roles'
import { sameContent } from '../../src/workflow/sameContent'
import { FROZEN_STAGES } from '../../src/workflow/stages'
import { operationAccess } from './operationAccess'

/**
 * How an admin says they mean it: `true` in the data of an update (the admin form's confirmation
 * box) or `?confirmFrozenChange=true` on a delete. From anyone else it means nothing.
 */
export const CONFIRM_FROZEN_CHANGE = 'confirmFrozenChange'

/** What a post shows of a photo besides its file: the focal point decides how the sizes are cut. */
const FROZEN_FIELDS = ['caption', 'credit', 'focalX', 'focalY'] as const

type Target = { id: Id } & Partial<Record<(typeof FROZEN_FIELDS)[number], unknown>>

const confirmedByAdmin = (req: PayloadRequest, data: Record<string, unknown>) =>
  hasRole(toActor(req.user), 'admin') &&
  (data[CONFIRM_FROZEN_CHANGE] === true || req.searchParams?.get(CONFIRM_FROZEN_CHANGE) === 'true')

const usedByFrozenStory = async (req: PayloadRequest, mediaIds: Id[]) => {
  const { totalDocs } = await req.payload.count({
    collection: 'stories',
    where: {
      and: [
        { stage: { in: [...FROZEN_STAGES] } },
        { or: Object.values(MEDIA_USES).map((path) => ({ [path]: { in: mediaIds } })) },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A photo used by a story in `approved`, `scheduled` or `published` keeps its file, caption, credit
 * and focal point, and is not deleted: the 409 comes before anything is touched. Payload removes a
 * replaced file before any later hook runs, and writes the new one before `beforeChange`, so only
 * `beforeOperation` is early enough; for the same reason a bulk request is refused as a whole.
 * An admin who confirms may still go ahead: the post keeps the copy taken at approval.
 */
export const refuseFrozenMediaChange: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const data = (operation === 'update' ? (args.data ?? {}) : {}) as Record<string, unknown>
  // `?uploadEdits[…]` (the admin's image editor) crops or re-focuses the stored file in place.
  const replacesFile = operation === 'update' && Boolean(req.file || (req.query as { uploadEdits?: unknown })?.uploadEdits)
  const touches = (target: Target) =>
    operation === 'delete' ||
    replacesFile ||
    FROZEN_FIELDS.some((field) => field in data && !sameContent(data[field], target[field]))
  if (operation === 'update' && !replacesFile && !FROZEN_FIELDS.some((field) => field in data)) return args
  if (confirmedByAdmin(req, data)) return args

  // Only documents this user may change: Payload refuses the others itself, without telling more.
  const id = 'id' in args && args.id != null ? (args.id as Id) : undefined
  const access = overrideAccess ? true : await operationAccess(collection, operation, req, id)
  if (access === false) return args
  const selection: Where = id !== undefined ? { id: { equals: id } } : ((args as { where?: Where }).where ?? {})
  const { docs } = await req.payload.find({
    collection: 'media',
    where: access === true ? selection : { and: [selection, access] },
    select: { caption: true, credit: true, focalX: true, focalY: true },
    depth: 0,
    pagination: false,
    overrideAccess: Boolean(overrideAccess),
    user: req.user,
    req,
  })
  const touched = (docs as Target[]).filter(touches).map((doc) => doc.id)
  if (touched.length > 0 && (await usedByFrozenStory(req, touched))) throw newsroomError(req, 'media_frozen', 409)
  return args
}
