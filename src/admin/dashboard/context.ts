import type { Logger } from 'pino'

import type { Actor } from '../../workflow/roles'
import type { AdminLinks } from './links'
import type { Viewer } from './data/rows'
import type { ServerTranslation } from './serverI18n'

/** Everything a dashboard section needs besides its own data. */
export interface DashboardContext {
  viewer: Viewer
  actor: Actor
  /** Lines about this page view (they carry its request id). */
  log: Logger
  tr: ServerTranslation
  links: AdminLinks
  adminRoute: string
  now: Date
  /** The local day in Vietnam, YYYY-MM-DD. */
  today: string
}

/**
 * One section's data, or null when it could not be read: a failing query (a changed access rule, a
 * database hiccup) costs that section, not the whole home page.
 */
export const loadSafely = async <T>(
  ctx: DashboardContext,
  section: string,
  load: () => Promise<T>,
): Promise<T | null> => {
  try {
    return await load()
  } catch (error) {
    ctx.log.error({ err: error, msg: `Dashboard section "${section}" could not be loaded` })
    return null
  }
}
