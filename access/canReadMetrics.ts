import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

/** Reach and engagement figures are the board's tool (and admins'); nobody else reads them. */
export const canReadMetrics: Access = ({ req }) => hasAnyRole(toActor(req.user), ['board', 'admin'])
