import type { ClientUser } from 'payload'

import { toActor } from '../src/auth/actor'
import { type Role, hasAnyRole } from '../src/workflow/roles'

/**
 * `admin.hidden` for a collection or global that only some roles work in: everyone else finds it
 * in neither the menu, nor the dashboard, nor its admin routes. Others may still read it through
 * what they do use (an area picked in the story form), which is why this is not `access.read`.
 */
export const hiddenFromAllBut =
  (roles: readonly Role[]) =>
  ({ user }: { user: ClientUser | null | undefined }): boolean =>
    !hasAnyRole(toActor(user), roles)
