import type { SanitizedConfig } from 'payload'

import { lockOwnReadableDocument, locksOfReadableDocuments } from '../../access/documentLocks'

/**
 * Payload makes its document-lock collection with "any signed-in user" access: a user of one page
 * could list who edits what in every page, lift those locks or lock another page's documents.
 * Scoped here, on the built config, to the documents each user may read (`access/documentLocks.ts`).
 */
export const scopeDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (locks) {
    locks.access = {
      ...locks.access,
      read: locksOfReadableDocuments,
      update: locksOfReadableDocuments,
      delete: locksOfReadableDocuments,
      create: lockOwnReadableDocument,
    }
  }
  return config
}
