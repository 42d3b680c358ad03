import type { Access, FieldAccess } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasRole } from '../src/workflow/roles'

export const isAdmin: Access = ({ req }) => hasRole(toActor(req.user), 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(toActor(req.user), 'admin')
