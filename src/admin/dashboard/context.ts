import type { Actor } from '../../workflow/roles'
import type { AdminLinks } from './links'
import type { Viewer } from './data/rows'
import type { ServerTranslation } from './serverI18n'

/** Everything a dashboard section needs besides its own data. */
export interface DashboardContext {
  viewer: Viewer
  actor: Actor
  tr: ServerTranslation
  links: AdminLinks
  adminRoute: string
  now: Date
  /** The local day in Vietnam, YYYY-MM-DD. */
  today: string
}
