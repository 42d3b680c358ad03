import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

export const isDutyBoardOrAdmin: Access = ({ req }) => hasAnyRole(toActor(req.user), ['duty', 'board', 'admin'])
