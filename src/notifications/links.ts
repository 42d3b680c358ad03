import { safeLink } from '../admin/publications/safeLink'

/** A place to look outside the admin, such as a published post on the local feed or on Facebook. */
export interface NoticeLink {
  label: string
  /** A path on this site or an absolute http(s) URL. */
  url: string
}

/** The links a notification row holds (a JSON column): only well-formed ones, only safe URLs. */
export const noticeLinks = (value: unknown): NoticeLink[] =>
  Array.isArray(value)
    ? value.flatMap((entry) => {
        const url = safeLink(entry?.url)
        return url && typeof entry?.label === 'string' ? [{ label: entry.label, url }] : []
      })
    : []
