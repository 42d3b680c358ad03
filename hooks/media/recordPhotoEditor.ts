import type { CollectionAfterChangeHook } from 'payload'

import { MEDIA_USES } from '../../src/media/usage'
import { sameContent } from '../../src/workflow/sameContent'
import { FROZEN_STAGES } from '../../src/workflow/stages'

/** What a post shows of a photo: its file (a replaced or re-cut file may keep its name), caption, credit, focal point. */
const SHOWN = ['filename', 'filesize', 'width', 'height', 'caption', 'credit', 'focalX', 'focalY'] as const

/**
 * A photo is part of the content of every story using it: whoever changes what a post would show of
 * it becomes the last content editor of those stories still under review, and so may not approve
 * them alone (four-eyes). Frozen stories are left alone: their photos are frozen too, and the post
 * goes out with the copy taken at approval.
 */
export const recordPhotoEditor: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !req.user) return doc
  if (SHOWN.every((field) => sameContent(doc[field], previousDoc?.[field]))) return doc
  await req.payload.update({
    collection: 'stories',
    where: {
      and: [
        { stage: { not_in: [...FROZEN_STAGES] } },
        { or: Object.values(MEDIA_USES).map((path) => ({ [path]: { equals: doc.id } })) },
      ],
    },
    data: { contentEditedBy: req.user.id },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
