import type { Access, FieldAccess } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

/** Channels matter to who publishes (board, admins) and who follows their areas' publications (editors). */
export const canReadChannels: Access = ({ req }) => hasAnyRole(toActor(req.user), ['board', 'admin', 'editor'])

/** A Facebook page's id is for who connects and checks pages. */
export const canReadPageId: FieldAccess = ({ req }) => hasAnyRole(toActor(req.user), ['board', 'admin'])
