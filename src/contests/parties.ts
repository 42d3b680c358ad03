import { rolesInPage } from '../fanpages/membership'
import { type Actor, type Id, hasAnyRole } from '../workflow/roles'
import type { ContestParty } from './transitions'

/**
 * What a signed-in user is to a page's contests: its board and admins run them (and moderate);
 * its editors moderate entries. Jurors and everyone else are nothing here.
 */
export const partiesFor = (actor: Actor | null, page: Id | null | undefined): ContestParty[] => {
  if (!actor) return []
  const roles = { roles: rolesInPage(actor, page) }
  if (hasAnyRole(roles, ['board', 'admin'])) return ['board', 'moderator']
  if (hasAnyRole(roles, ['editor'])) return ['moderator']
  return []
}
