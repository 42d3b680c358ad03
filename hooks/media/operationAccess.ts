import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

/**
 * What the collection's access rule answers for an operation (true, false or a `Where`), for
 * `beforeOperation` hooks, which Payload runs before its own access check.
 */
export const operationAccess = async (
  collection: SanitizedCollectionConfig,
  operation: 'create' | 'update' | 'delete',
  req: PayloadRequest,
  id: number | string | undefined,
) => {
  const access = collection.access[operation]
  return access ? access({ req, id }) : Boolean(req.user)
}
