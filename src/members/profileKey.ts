/**
 * One key per social profile, however it was typed: `m.facebook.com/abc/`, `fb.com/ABC?ref=x` and
 * `https://www.facebook.com/abc` are the same person; so are `+84 912.345.678` and `0912345678` on
 * Zalo. Two accounts with one key are one profile. Pure: no Payload import.
 */

export const PROFILE_PLATFORMS = ['facebook', 'zalo', 'tiktok', 'youtube', 'other'] as const
export type ProfilePlatform = (typeof PROFILE_PLATFORMS)[number]

/**
 * A Vietnamese phone number in its national form (`0` and 9 or 10 digits), or null when it is not
 * one. Spaces, dots, dashes and brackets are ignored; `+84`, `84` and `0084` become `0`; a mobile
 * number a spreadsheet stripped of its leading zero (9 digits) gets it back.
 */
export const normalizePhone = (raw: string): string | null => {
  const compact = raw.trim().replace(/[\s.\-()]/g, '')
  if (!/^\+?\d+$/.test(compact)) return null
  let digits = compact.replace(/^\+/, '')
  if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`
  else if (/^[35789]\d{8}$/.test(digits)) digits = `0${digits}`
  return /^0\d{9,10}$/.test(digits) ? digits : null
}

const parseUrl = (raw: string): URL | null => {
  const text = raw.trim()
  if (!text || /\s/.test(text)) return null
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
}

/** The host without the prefixes of a site's mobile and desktop variants. */
const bareHost = (url: URL): string => url.hostname.toLowerCase().replace(/^(www|m|mbasic|web|mobile|touch)\./, '')

const segments = (url: URL): string[] =>
  url.pathname
    .split('/')
    .map((part) => decodeURIComponent(part))
    .filter(Boolean)

const looksLikeUrl = (raw: string) => /[/.]/.test(raw)

const FACEBOOK_HOSTS = new Set(['facebook.com', 'fb.com', 'fb.me'])
const FACEBOOK_HANDLE = /^[a-z0-9.]{1,80}$/i
/** First path segments that are pages of Facebook itself, not someone's profile. */
const FACEBOOK_RESERVED = new Set(['home.php', 'login', 'login.php', 'watch', 'groups', 'events', 'sharer', 'share'])

const facebookKey = (raw: string): string | null => {
  const text = raw.trim()
  if (/^\d{5,20}$/.test(text)) return `facebook:id:${text}`
  if (!looksLikeUrl(text)) return FACEBOOK_HANDLE.test(text) ? `facebook:${text.toLowerCase()}` : null
  const url = parseUrl(text)
  if (!url || !FACEBOOK_HOSTS.has(bareHost(url))) return null
  const [first, , third] = segments(url)
  if (!first) return null
  if (first.toLowerCase() === 'profile.php') {
    const id = url.searchParams.get('id')
    return id && /^\d+$/.test(id) ? `facebook:id:${id}` : null
  }
  // facebook.com/people/Nguyen-Van-A/100012345678/
  if (first.toLowerCase() === 'people') return third && /^\d+$/.test(third) ? `facebook:id:${third}` : null
  if (FACEBOOK_RESERVED.has(first.toLowerCase()) || !FACEBOOK_HANDLE.test(first)) return null
  return /^\d+$/.test(first) ? `facebook:id:${first}` : `facebook:${first.toLowerCase()}`
}

const zaloKey = (raw: string): string | null => {
  const phone = normalizePhone(raw)
  if (phone) return `zalo:${phone}`
  if (!looksLikeUrl(raw)) return null
  const url = parseUrl(raw)
  if (!url || bareHost(url) !== 'zalo.me') return null
  const parts = segments(url)
  if (parts.length === 0) return null
  const asPhone = parts.length === 1 ? normalizePhone(parts[0]!) : null
  return asPhone ? `zalo:${asPhone}` : `zalo:${parts.join('/').toLowerCase()}`
}

const HANDLE = /^@?([a-z0-9._-]{1,100})$/i

const tiktokKey = (raw: string): string | null => {
  const text = raw.trim()
  // Handles may hold dots: only a slash or the site's name makes it a link.
  if (/^@/.test(text) || !/\/|tiktok\.com/i.test(text)) {
    const handle = HANDLE.exec(text)?.[1]
    return handle ? `tiktok:@${handle.toLowerCase()}` : null
  }
  const url = parseUrl(text)
  if (!url) return null
  const host = bareHost(url)
  const [first] = segments(url)
  if (!first) return null
  if (host === 'tiktok.com' && first.startsWith('@')) {
    const handle = HANDLE.exec(first)?.[1]
    return handle ? `tiktok:@${handle.toLowerCase()}` : null
  }
  // A short link (vm.tiktok.com/ZS…): its code is all there is to compare.
  if (host === 'vm.tiktok.com' || host === 'vt.tiktok.com') return `tiktok:link:${first}`
  return null
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'youtu.be'])

const youtubeKey = (raw: string): string | null => {
  const text = raw.trim()
  if (!looksLikeUrl(text) || /^@/.test(text)) {
    const handle = /^@/.test(text) ? HANDLE.exec(text)?.[1] : undefined
    return handle ? `youtube:@${handle.toLowerCase()}` : null
  }
  const url = parseUrl(text)
  if (!url || !YOUTUBE_HOSTS.has(bareHost(url))) return null
  const [first, second] = segments(url)
  if (!first) return null
  if (first.startsWith('@')) {
    const handle = HANDLE.exec(first)?.[1]
    return handle ? `youtube:@${handle.toLowerCase()}` : null
  }
  // Channel ids are case-sensitive; custom and legacy user names are not.
  if (first === 'channel' && second) return `youtube:channel:${second}`
  if ((first === 'c' || first === 'user') && second) return `youtube:${first}:${second.toLowerCase()}`
  return null
}

const otherKey = (raw: string): string | null => {
  const text = raw.trim()
  if (!text || /\s/.test(text)) return null
  const key = text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase()
  return key ? `other:${key}` : null
}

const KEYS: Record<ProfilePlatform, (raw: string) => string | null> = {
  facebook: facebookKey,
  zalo: zaloKey,
  tiktok: tiktokKey,
  youtube: youtubeKey,
  other: otherKey,
}

/**
 * The profile's key (`facebook:nguyenvana`, `facebook:id:1000…`, `zalo:0912345678`,
 * `tiktok:@abc`, `youtube:@abc`, `other:example.org/abc`), or null when `raw` names no profile
 * of that platform.
 */
export const profileKey = (platform: ProfilePlatform, raw: string | null | undefined): string | null =>
  typeof raw === 'string' && raw.trim() ? KEYS[platform](raw) : null
