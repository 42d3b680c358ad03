import type { FieldAccess } from 'payload'

import { relationId, toActor } from '../src/auth/actor'
import { rolesInPage } from '../src/fanpages/membership'
import { hasAnyRole } from '../src/workflow/roles'
import { inPagesWhereRole } from './pageAccess'

/** A page's channels matter to who publishes there (board, admins) and who follows its areas' publications (editors). */
export const canReadChannels = inPagesWhereRole(['board', 'admin', 'editor'])

/** A Facebook page's id is for who connects and checks the page's channels. */
export const canReadPageId: FieldAccess = ({ req, doc }) => {
  const actor = toActor(req.user)
  return actor ? hasAnyRole({ roles: rolesInPage(actor, relationId(doc?.page)) }, ['board', 'admin']) : false
}
