import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * A document as the signed-in user sees it: one they may not read does not exist for them (null),
 * rather than a "forbidden" that would tell them it is there.
 */
export const findVisible = async <T>(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<T | null> => {
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (found.docs[0] as unknown as T | undefined) ?? null
}
