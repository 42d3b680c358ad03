'use client'
import { useRouter } from 'next/navigation'
import { useId, useTransition } from 'react'

import { useNewsroomTranslation } from '../i18n'
import { ALL_PAGES, pageCookie } from './cookie'
import { PAGE_SWITCHER_LABELS } from './labels'
import './PageSwitcher.scss'

/**
 * "Trang đang xem" in the nav, for users of several pages: the choice goes in a cookie the list
 * views filter by, and the screen reloads its data.
 */
export const PageSwitcher = ({ pages, chosen }: { pages: { id: string; name: string }[]; chosen: string }) => {
  const { pick } = useNewsroomTranslation()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const id = useId()
  return (
    <div className="page-switcher">
      <label className="page-switcher__label" htmlFor={id}>
        {pick(PAGE_SWITCHER_LABELS.label)}
      </label>
      <select
        aria-busy={pending}
        className="page-switcher__select"
        defaultValue={chosen}
        id={id}
        name="page-switcher"
        onChange={(event) => {
          document.cookie = pageCookie(event.target.value)
          startTransition(() => router.refresh())
        }}
      >
        <option value={ALL_PAGES}>{pick(PAGE_SWITCHER_LABELS.all)}</option>
        {pages.map((page) => (
          <option key={page.id} value={page.id}>
            {page.name}
          </option>
        ))}
      </select>
    </div>
  )
}
