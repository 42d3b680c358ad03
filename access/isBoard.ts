import type { Access, FieldAccess } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

export const isBoardOrAdmin: Access = ({ req }) => hasAnyRole(toActor(req.user), ['board', 'admin'])

/** Where and when a story goes out is the board's decision (the `schedule` transition). */
export const isBoardOrAdminField: FieldAccess = ({ req }) => hasAnyRole(toActor(req.user), ['board', 'admin'])
