'use client'
import { noticeLinks } from '../../notifications/links'

/** A notification's links out of the admin (a published post), beside its own button: a link may not sit inside one. */
export const NoticeLinks = ({ links }: { links: unknown }) => {
  const shown = noticeLinks(links)
  if (shown.length === 0) return null
  return (
    <ul className="newsroom-bell__links">
      {shown.map(({ label, url }) => (
        <li key={url}>
          <a href={url} rel="noopener noreferrer" target="_blank">
            {label} ↗
          </a>
        </li>
      ))}
    </ul>
  )
}
