import type { Access, Where } from 'payload'

import { toActor } from '../src/auth/actor'
import { photosJudgedBy } from '../src/contests/judgedPhotos'
import { MEDIA_USES } from '../src/media/usage'
import { perPage } from '../src/fanpages/membership'
import { readableInPage } from './canReadStories'

/** The same conditions, asked of the stories behind a join field of media. */
const throughJoin = (where: Where, join: string): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map((inner) => throughJoin(inner, join))]
        : [`${join}.${key}`, value],
    ),
  )

/**
 * A photo is seen, in its page, by its uploader and by whoever may read a story using it (as a photo
 * or as a rebuttal's screenshot): its author, its area's editors, the board, and every member of the
 * page once it is published. The condition runs in the database through the join fields (one query
 * however many stories there are), and Payload applies it to lists, single reads, GraphQL, the
 * admin's pickers and file downloads (`/api/media/file/…`, sizes included) alike. A juror also sees
 * the photos of the entries they are judging, whatever their page (`photosJudgedBy`).
 */
export const canReadMedia: Access = async ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  const inPages = perPage(actor, (roles) => {
    const stories = readableInPage(actor, roles)
    if (stories === true) return true
    return {
      or: [{ uploadedBy: { equals: actor.id } }, ...Object.keys(MEDIA_USES).map((join) => throughJoin(stories, join))],
    }
  }) as Where | boolean
  if (inPages === true) return true
  const judged = await photosJudgedBy(req, actor.id)
  if (judged.length === 0) return inPages
  const judging: Where = { id: { in: judged } }
  return inPages === false ? judging : { or: [inPages, judging] }
}
