import { languageOf } from '../../i18n/language'

/** The bell's own words. Kept here, not in the shared admin translations, so the bell ships alone. */
const LABELS = {
  vi: {
    bell: 'Thông báo',
    unread: (count: number) => `${count} thông báo chưa đọc`,
    markAllRead: 'Đánh dấu đã đọc tất cả',
    empty: 'Chưa có thông báo nào.',
    failed: 'Không tải được thông báo. Sẽ thử lại sau.',
    justNow: 'vừa xong',
    emailSettings: 'Cài đặt email thông báo',
  },
  en: {
    bell: 'Notifications',
    unread: (count: number) => `${count} unread notification${count === 1 ? '' : 's'}`,
    markAllRead: 'Mark all as read',
    empty: 'No notifications yet.',
    failed: 'Could not load notifications. Will retry.',
    justNow: 'just now',
    emailSettings: 'Email notification settings',
  },
}

export type BellLanguage = keyof typeof LABELS
export type BellLabels = (typeof LABELS)[BellLanguage]

export const bellLanguage = (language: string | undefined): BellLanguage => languageOf(language)

export const bellLabels = (language: string | undefined): BellLabels => LABELS[bellLanguage(language)]
