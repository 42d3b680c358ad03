import { NOTIFICATION_KIND_LABELS, type NotificationKind } from '../kinds'
import { noticeLinks } from '../links'

export interface OutgoingNotification {
  kind: NotificationKind
  title: string
  body?: string | null
  link?: string | null
  /** `NoticeLink[]` as stored (JSON). */
  links?: unknown
}

export interface Recipient {
  email: string
  name?: string | null
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

const absolute = (serverUrl: string, link: string) => (/^https?:\/\//.test(link) ? link : `${serverUrl}${link}`)

/** The email for one notification: the title is the subject, plain text first, a small HTML twin. */
export const composeEmail = (
  notification: OutgoingNotification,
  recipient: Recipient,
  where: { serverUrl: string; adminRoute: string },
) => {
  const { serverUrl } = where
  const link = notification.link ? absolute(serverUrl, notification.link) : null
  const accountUrl = `${serverUrl}${where.adminRoute}/account`
  const greeting = recipient.name ? `Chào ${recipient.name},` : 'Chào bạn,'
  const why = `Bạn nhận email này vì đang bật thông báo “${NOTIFICATION_KIND_LABELS[notification.kind].vi}”.`
  const body = notification.body?.trim() ?? ''
  const links = noticeLinks(notification.links).map(({ label, url }) => ({ label, url: absolute(serverUrl, url) }))

  const text = [
    greeting,
    notification.title,
    body,
    links.map(({ label, url }) => `${label}: ${url}`).join('\n'),
    link && `Xem: ${link}`,
    `--\nTòa soạn cộng tác viên\n${why} Tắt tại: ${accountUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n')

  const paragraphs = body
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`)
    .join('')
  const html = `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
<p>${escapeHtml(greeting)}</p>
<p style="font-size:17px;font-weight:bold">${escapeHtml(notification.title)}</p>
${paragraphs}
${links.map(({ label, url }) => `<p style="margin:0 0 8px"><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`).join('')}
${link ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:8px 14px;background:#b71c1c;color:#fff;text-decoration:none;border-radius:4px">Mở trong tòa soạn</a></p>` : ''}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 8px">
<p style="font-size:12px;color:#666">Tòa soạn cộng tác viên. ${escapeHtml(why)} <a href="${escapeHtml(accountUrl)}">Tắt trong trang tài khoản</a>.</p>
</body></html>`

  return {
    to: recipient.name ? { name: recipient.name, address: recipient.email } : recipient.email,
    subject: notification.title,
    text,
    html,
  }
}
