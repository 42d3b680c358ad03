'use client'
import { Link, NavGroup, useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { toActor } from '../../auth/actor'
import { type Role, hasAnyRole } from '../../workflow/roles'
import { type NewsroomKey, useNewsroomTranslation } from '../i18n'

interface NavEntry {
  path: `/${string}`
  label: NewsroomKey
  roles: readonly Role[]
}

/** The newsroom's own views, each for the roles whose work it shows (the views check again). */
export const NEWSROOM_VIEWS: readonly NavEntry[] = [
  { path: '/lich-dang', label: 'newsroom:calendarNav', roles: ['board', 'editor', 'admin'] },
  { path: '/lich-truc', label: 'newsroom:rosterNav', roles: ['duty', 'board', 'admin'] },
  { path: '/so-lieu', label: 'newsroom:insightsNav', roles: ['board', 'admin'] },
  { path: '/duyet-bai-du-thi', label: 'newsroom:moderationNav', roles: ['board', 'editor', 'admin'] },
  // Jurors are named per contest; the view shows each user the contests they judge.
  { path: '/cham-thi', label: 'newsroom:judgingNav', roles: ['board', 'editor', 'admin'] },
  { path: '/chien-dich', label: 'newsroom:campaignsNav', roles: ['board', 'admin', 'unit_lead'] },
  { path: '/bieu-duong', label: 'newsroom:recognitionNav', roles: ['board', 'admin'] },
]

/** Links to the calendar and the duty roster, drawn like Payload's own collection links. */
export const NewsroomNavLinks = () => {
  const { t } = useNewsroomTranslation()
  const { user } = useAuth()
  const pathname = usePathname()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const actor = toActor(user)
  const entries = NEWSROOM_VIEWS.filter((entry) => hasAnyRole(actor, entry.roles))
  if (entries.length === 0) return null

  return (
    <NavGroup label={t('newsroom:scheduleGroup')}>
      {entries.map((entry) => {
        const href = `${adminRoute}${entry.path}`
        const active = pathname === href || pathname.startsWith(`${href}/`)
        const label = (
          <>
            {active ? <div className="nav__link-indicator" /> : null}
            <span className="nav__link-label">{t(entry.label)}</span>
          </>
        )
        return active ? (
          <div className="nav__link" id={`nav-newsroom${entry.path.replace('/', '-')}`} key={entry.path}>
            {label}
          </div>
        ) : (
          <Link
            className="nav__link"
            href={href}
            id={`nav-newsroom${entry.path.replace('/', '-')}`}
            key={entry.path}
            prefetch={false}
          >
            {label}
          </Link>
        )
      })}
    </NavGroup>
  )
}
