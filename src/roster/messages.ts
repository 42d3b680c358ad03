import { type Bilingual, messageLookup } from '../i18n/language'

/** What the roster endpoints tell people: Vietnamese first, English for `Accept-Language: en`. */
export const ROSTER_MESSAGES = {
  not_signed_in: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  not_permitted: {
    vi: 'Chỉ Ban Biên tập và quản trị viên được phân công lịch trực.',
    en: 'Only the board and admins may assign duty shifts.',
  },
  roster_hidden: {
    vi: 'Lịch trực chỉ dành cho Tổ xử lý thông tin và Ban Biên tập.',
    en: 'The duty roster is for the duty team and the board.',
  },
  invalid_week: {
    vi: 'Tuần không hợp lệ: hãy gửi một ngày dạng YYYY-MM-DD.',
    en: 'Invalid week: give a day as YYYY-MM-DD.',
  },
  invalid_assignments: {
    vi: 'Danh sách phân công không hợp lệ: mỗi mục cần ngày, ca trực và danh sách người trực.',
    en: 'Invalid assignments: each needs a day, a slot and a list of members.',
  },
  day_outside_week: {
    vi: 'Có ngày không thuộc tuần đang phân công: ',
    en: 'A day is outside the week being assigned: ',
  },
  unknown_slot: {
    vi: 'Trang không có ca trực này: ',
    en: 'No such slot in the page’s duty settings: ',
  },
  not_duty_member: {
    vi: 'Chỉ phân công được người có vai trò Tổ xử lý thông tin (trực trang) ở trang này.',
    en: 'Only users with the duty role in this page can be put on its shifts.',
  },
  page_not_found: { vi: 'Không tìm thấy trang này.', en: 'No such page.' },
  same_week: {
    vi: 'Tuần nguồn và tuần đích trùng nhau.',
    en: 'The source and target weeks are the same.',
  },
  saved: { vi: 'Đã lưu lịch trực.', en: 'Roster saved.' },
  copied: { vi: 'Đã sao chép lịch trực.', en: 'Roster copied.' },
} as const satisfies Record<string, Bilingual>

export type RosterMessageCode = keyof typeof ROSTER_MESSAGES

export const rosterMessage = messageLookup<RosterMessageCode>(ROSTER_MESSAGES)
