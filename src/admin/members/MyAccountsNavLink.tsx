'use client'
import { Link, useAuth, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useNewsroomTranslation } from '../i18n'
import { MEMBER_LABELS as L } from './labels'

/** In the menu, for a login linked to a member of the network: their own accounts. */
export const MyAccountsNavLink = () => {
  const { pick } = useNewsroomTranslation()
  const { user } = useAuth()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const [linked, setLinked] = useState(false)
  useEffect(() => {
    if (!user) return
    void fetch(`${api}/members?where[user][equals]=${user.id}&depth=0&limit=1&select[id]=true`, {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: unknown[] }) => setLinked(body.docs.length > 0))
  }, [api, user])
  if (!linked) return null
  return (
    <Link className="nav__link" href={`${admin}/tai-khoan-cua-toi`} id="nav-newsroom-my-accounts" prefetch={false}>
      <span className="nav__link-label">{pick(L.myAccounts)}</span>
    </Link>
  )
}
