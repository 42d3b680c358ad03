import type { ContestKind } from './labels'

/** What the public form sends, as text fields (photos come apart). */
export type EntryForm = Partial<
  Record<
    'name' | 'contact' | 'place' | 'title' | 'story' | 'text' | 'link' | 'consentRules' | 'consentPublication',
    unknown
  >
>

export interface ContestLimits {
  kind: ContestKind
  maxPhotos: number
  maxWords: number | null
}

export interface CleanEntry {
  name: string
  phone: string | null
  email: string | null
  /** The phone or email in one normal form: how entries per person are counted. */
  contactKey: string
  place: string
  title: string
  story: string
  text: string
  link: string | null
}

export type EntryInputCode =
  | 'entry_name_required'
  | 'entry_contact_invalid'
  | 'entry_title_required'
  | 'entry_consent_required'
  | 'entry_photos_required'
  | 'entry_too_many_photos'
  | 'entry_text_required'
  | 'entry_too_many_words'
  | 'entry_link_invalid'

const LIMITS = { name: 120, place: 160, title: 200, story: 2_000, text: 60_000 } as const

/**
 * Plain text from what a visitor typed: tags (and what a script or style element holds) removed,
 * control and invisible direction characters dropped, spaces tidied, cut to `max` characters.
 */
export const plainText = (value: unknown, max: number): string => {
  if (typeof value !== 'string') return ''
  return (
    value
      .normalize('NFC')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\/?[a-z!][^>]*>?/gi, '')
      .replace(/[<>]/g, '')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/[ \t]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, max)
  )
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i

/** A Vietnamese phone number in its national form (0 and 9–10 digits), or null. */
export const normalPhone = (value: string): string | null => {
  const digits = value.replace(/[\s.()-]/g, '')
  const national = digits.replace(/^(\+84|0084|84(?=\d{9,10}$))/, '0')
  return /^0\d{9,10}$/.test(national) ? national : null
}

/** A phone number or an email in one normal form, telling which it is; null for anything else. */
export const parseContact = (value: unknown): { phone: string } | { email: string } | null => {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  if (trimmed.includes('@'))
    return EMAIL.test(trimmed) && trimmed.length <= 200 ? { email: trimmed.toLowerCase() } : null
  const phone = normalPhone(trimmed)
  return phone ? { phone } : null
}

export const contactKeyOf = (contact: { phone: string } | { email: string }) =>
  'phone' in contact ? `phone:${contact.phone}` : `email:${contact.email}`

const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtu\.be|facebook\.com|fb\.watch|tiktok\.com)$/i

/** A video link: http(s) on YouTube, Facebook or TikTok only, without credentials. */
export const videoLink = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.trim().length > 500) return null
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || !VIDEO_HOSTS.test(url.hostname)) return null
  return url.toString()
}

export const wordCount = (text: string) => (text.match(/[^\s]+/g) ?? []).length

const checked = (value: unknown) => value === true || value === 'true' || value === 'on' || value === '1'

/** Checks and cleans the form for this contest; the first problem found, or the clean entry. */
export const checkEntryForm = (
  form: EntryForm,
  photoCount: number,
  limits: ContestLimits,
): { ok: true; entry: CleanEntry } | { ok: false; code: EntryInputCode } => {
  const fail = (code: EntryInputCode) => ({ ok: false as const, code })
  const name = plainText(form.name, LIMITS.name)
  if (!name) return fail('entry_name_required')
  const contact = parseContact(form.contact)
  if (!contact) return fail('entry_contact_invalid')
  const title = plainText(form.title, LIMITS.title)
  if (!title) return fail('entry_title_required')
  if (!checked(form.consentRules) || !checked(form.consentPublication)) return fail('entry_consent_required')

  const withPhotos = limits.kind === 'photo' || limits.kind === 'design'
  if (withPhotos && photoCount === 0) return fail('entry_photos_required')
  if (photoCount > (withPhotos ? limits.maxPhotos : 0)) return fail('entry_too_many_photos')
  const text = limits.kind === 'writing' ? plainText(form.text, LIMITS.text) : ''
  if (limits.kind === 'writing' && !text) return fail('entry_text_required')
  if (limits.maxWords && wordCount(text) > limits.maxWords) return fail('entry_too_many_words')
  const link = limits.kind === 'video_link' ? videoLink(form.link) : null
  if (limits.kind === 'video_link' && !link) return fail('entry_link_invalid')

  return {
    ok: true,
    entry: {
      name,
      phone: 'phone' in contact ? contact.phone : null,
      email: 'email' in contact ? contact.email : null,
      contactKey: contactKeyOf(contact),
      place: plainText(form.place, LIMITS.place),
      title,
      story: plainText(form.story, LIMITS.story),
      text,
      link,
    },
  }
}
