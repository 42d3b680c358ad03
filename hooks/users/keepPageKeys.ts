import type { FieldHook } from 'payload'

import { toActor } from '../../src/auth/actor'
import { pageKeysOf, pagesWhereRole } from '../../src/fanpages/membership'

/**
 * `pageKeys` holds the user's pages as one column (`|5|12|`), rebuilt from `memberships` on every
 * write. The users' read rule (access/isAdminOrSelf.ts) asks it "is this user in one of my pages?":
 * asked of the memberships table, that needs a join, which Payload runs as two queries, on every list
 * that shows an author's name.
 */
export const keepPageKeys: FieldHook = ({ siblingData }) =>
  pageKeysOf(pagesWhereRole(toActor({ id: 0, memberships: siblingData.memberships })!))
