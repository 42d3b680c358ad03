import type { CollectionBeforeOperationHook, JoinQuery } from 'payload'

import { MEDIA_USES } from '../../src/media/usage'

const SKIPPED = Object.fromEntries(Object.keys(MEDIA_USES).map((join) => [join, false]))

/**
 * The usage joins are there to be queried by the access rule, never shown: filling them in on every
 * read would cost two more queries per photo.
 */
export const skipUsageJoins: CollectionBeforeOperationHook = ({ args, operation }) => {
  const { joins } = args as { joins?: JoinQuery }
  if (operation !== 'read' || joins === false) return args
  return { ...args, joins: { ...joins, ...SKIPPED } }
}
