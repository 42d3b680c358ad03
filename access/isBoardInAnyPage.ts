import type { Access } from 'payload'

import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

/**
 * On the board of some page, or an admin: for what belongs to no page (an installation-wide
 * setting such as the monthly report's schedule), where a page condition cannot apply.
 */
export const isBoardInAnyPage: Access = ({ req }) => hasAnyRole(toActor(req.user), ['board', 'admin'])
