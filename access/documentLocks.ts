import type { Access, CollectionSlug, PayloadRequest } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { findVisible } from '../src/auth/visible'
import { isOperator } from '../src/fanpages/membership'
import { type Id, sameId } from '../src/workflow/roles'

const LOCKS = 'payload-locked-documents'

type LockRow = { id: Id; document?: { relationTo?: string; value?: unknown } | null; globalSlug?: string | null }

/** The documents among these ids the user may read, in one query. */
const readableIds = async (req: PayloadRequest, collection: string, ids: Id[]) => {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs.map((doc) => String(doc.id))
}

/**
 * A lock says who is editing which document. Whoever may read the document sees its lock (the
 * admin's "being edited by"), takes it over or lifts it; nobody else learns that the document, or
 * the editing, exists. Locks are few (documents open right now), so they are read all at once.
 */
export const locksOfReadableDocuments: Access = async ({ req }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor)) return true
  const { docs } = await req.payload.find({
    collection: LOCKS,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { document: true, globalSlug: true },
    overrideAccess: true,
    req,
  })
  const rows = docs as unknown as LockRow[]
  const visible = rows.filter((row) => row.globalSlug).map((row) => row.id)
  const byCollection = new Map<string, LockRow[]>()
  for (const row of rows) {
    const collection = row.document?.relationTo
    if (collection) byCollection.set(collection, [...(byCollection.get(collection) ?? []), row])
  }
  for (const [collection, locks] of byCollection) {
    const readable = await readableIds(
      req,
      collection,
      locks.map((row) => relationId(row.document?.value as never)).filter((id): id is Id => id !== null),
    )
    visible.push(
      ...locks
        .filter((row) => readable.includes(String(relationId(row.document?.value as never))))
        .map((row) => row.id),
    )
  }
  // None readable is an empty answer, not a refusal: the admin's pages list locks as the user and
  // would fail on a refusal.
  return visible.length ? { id: { in: visible } } : { id: { exists: false } }
}

/** A lock is taken by the signed-in user, on a document they may read. */
export const lockOwnReadableDocument: Access = async ({ req, data }) => {
  const actor = toActor(req.user)
  if (!actor) return false
  if (isOperator(actor)) return true
  const user = relationId((data?.user as { value?: never } | undefined)?.value)
  if (user !== null && !sameId(user, actor.id)) return false
  const document = data?.document as LockRow['document']
  if (!document) return Boolean(data?.globalSlug)
  const id = relationId(document.value as never)
  return Boolean(
    document.relationTo && id !== null && (await findVisible(req, document.relationTo as CollectionSlug, String(id))),
  )
}
