'use client'
import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/** The district view's link, drawn like Payload's own collection links (shown by `NetworkNavLink`). */
export const NetworkNavEntry = ({ group, label, path }: { group: string; label: string; path: `/${string}` }) => {
  const pathname = usePathname()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const href = `${adminRoute}${path}`
  const active = pathname === href
  const content = (
    <>
      {active ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return (
    <NavGroup label={group}>
      {active ? (
        <div className="nav__link" id="nav-newsroom-network">
          {content}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-newsroom-network" prefetch={false}>
          {content}
        </Link>
      )}
    </NavGroup>
  )
}
