import { type Bilingual, messageLookup } from '../../i18n/language'
import { refusalsFrom } from '../../i18n/refusal'

/** What the public page's counters answer when they refuse: Vietnamese first, English for `Accept-Language: en`. */
export const LOCAL_COUNTER_MESSAGES = {
  invalid_stories: {
    vi: 'Danh sách bài không hợp lệ: cần từ 1 đến 20 mã bài.',
    en: 'Invalid stories: give 1 to 20 story ids.',
  },
  not_on_page: { vi: 'Bài này không có trên trang.', en: 'This post is not on the page.' },
  too_many: {
    vi: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
    en: 'Too many requests; try again in a few minutes.',
  },
} as const satisfies Record<string, Bilingual>

export type LocalCounterCode = keyof typeof LOCAL_COUNTER_MESSAGES

export const refuseCounter = refusalsFrom(messageLookup<LocalCounterCode>(LOCAL_COUNTER_MESSAGES))
