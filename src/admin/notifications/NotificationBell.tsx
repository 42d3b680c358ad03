'use client'
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import type { BellItem } from './api'
import { BellIcon } from './BellIcon'
import { bellLabels, bellLanguage } from './labels'
import { relativeTime } from './relativeTime'
import { NoticeLinks } from './NoticeLinks'
import { useBell } from './useBell'
import './NotificationBell.scss'

const block = 'newsroom-bell'

const PANEL_WIDTH = 380
const MARGIN = 8

/**
 * Where the panel goes: under the button, right-aligned with it, and always inside the viewport (it
 * is portalled out of the header, which clips what overflows it).
 */
const usePanelPosition = (anchor: RefObject<HTMLButtonElement | null>, open: boolean) => {
  const [position, setPosition] = useState<{ top: number; right: number; width: number } | null>(null)
  useLayoutEffect(() => {
    if (!open) return
    const place = () => {
      const rect = anchor.current?.getBoundingClientRect()
      if (!rect) return
      const width = Math.min(PANEL_WIDTH, window.innerWidth - 2 * MARGIN)
      const right = Math.min(Math.max(MARGIN, window.innerWidth - rect.right), window.innerWidth - width - MARGIN)
      setPosition({ top: rect.bottom + MARGIN, right, width })
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [anchor, open])
  return position
}

/** The admin header's bell: unread count, the latest notifications, mark read, open what they point to. */
export const NotificationBell = () => {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = bellLanguage(i18n.language)
  const labels = bellLabels(language)
  const { items, unread, failed, now, refresh, read, readAll } = useBell(config.routes.api, Boolean(user))
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const position = usePanelPosition(button, open)

  const close = useCallback((refocus = false) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }, [])

  useEffect(() => {
    if (!open) return
    const onPointer = (event: MouseEvent) => {
      const target = event.target as Node
      if (!panel.current?.contains(target) && !button.current?.contains(target)) close()
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true)
    }
    document.addEventListener('mousedown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('mousedown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open, close])

  if (!user) return null

  const toggle = () => {
    if (!open) void refresh()
    setOpen(!open)
  }

  const openItem = async (item: BellItem) => {
    await read(item.id)
    close()
    if (item.link?.startsWith('/')) router.push(item.link)
  }

  const badge = unread > 99 ? '99+' : String(unread)
  const accountPath = `${config.routes.admin}${config.admin.routes.account}`

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`${block}__button`}
        aria-label={unread > 0 ? `${labels.bell}: ${labels.unread(unread)}` : labels.bell}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={labels.bell}
        onClick={toggle}
      >
        <BellIcon />
        {unread > 0 && (
          <span className={`${block}__badge`} aria-hidden="true">
            {badge}
          </span>
        )}
      </button>
      {open &&
        position &&
        createPortal(
          <div ref={panel} className={block} role="dialog" aria-label={labels.bell} style={position}>
            <div className={`${block}__head`}>
              <strong>{labels.bell}</strong>
              <button
                type="button"
                className={`${block}__mark-all`}
                onClick={() => void readAll()}
                disabled={unread === 0}
              >
                {labels.markAllRead}
              </button>
            </div>
            {failed && <p className={`${block}__note`}>{labels.failed}</p>}
            {!failed && items.length === 0 && <p className={`${block}__note`}>{labels.empty}</p>}
            <ul className={`${block}__list`}>
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className={[`${block}__item`, item.readAt ? '' : `${block}__item--unread`].join(' ')}
                    onClick={() => void openItem(item)}
                  >
                    <span className={`${block}__title`}>{item.title}</span>
                    {item.body && <span className={`${block}__body`}>{item.body}</span>}
                    <time className={`${block}__time`} dateTime={item.createdAt}>
                      {relativeTime(item.createdAt, now, language, labels.justNow)}
                    </time>
                  </button>
                  <NoticeLinks links={item.links} />
                </li>
              ))}
            </ul>
            <a className={`${block}__settings`} href={accountPath} onClick={() => close()}>
              {labels.emailSettings}
            </a>
          </div>,
          document.body,
        )}
    </>
  )
}
