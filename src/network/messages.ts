import { type Bilingual, messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'

/** The district view's refusals: Vietnamese first, English for `Accept-Language: en`. */
export const NETWORK_MESSAGES = {
  not_permitted: {
    vi: 'Chỉ Ban Biên tập trang huyện và quản trị viên xem được số liệu mạng lưới trang.',
    en: 'Only the board of a district page and admins see the network figures.',
  },
  bad_period: {
    vi: 'Khoảng thời gian không hợp lệ: dùng ngày dạng YYYY-MM-DD, từ ngày không sau đến ngày, tối đa 366 ngày.',
    en: 'Invalid period: from and to are days (YYYY-MM-DD), from not after to, at most 366 days.',
  },
} satisfies Record<string, Bilingual>

export type NetworkMessage = keyof typeof NETWORK_MESSAGES

export const refuse = refusalsFrom(messageLookup<NetworkMessage>(NETWORK_MESSAGES))
