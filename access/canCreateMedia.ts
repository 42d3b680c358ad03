import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

export const canCreateMedia: Access = ({ req }) =>
  hasAnyRole(toActor(req.user), ['collaborator', 'editor', 'board', 'admin'])
