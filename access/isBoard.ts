import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

export const isBoardOrAdmin: Access = ({ req }) => hasAnyRole(toActor(req.user), ['board', 'admin'])
