import { type Bilingual, messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'

/** What the insights and report endpoints tell people: Vietnamese first, English for `Accept-Language: en`. */
export const INSIGHTS_MESSAGES = {
  not_signed_in: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  board_only: {
    vi: 'Số liệu và báo cáo chỉ dành cho Ban Biên tập và quản trị viên.',
    en: 'Insights and reports are for the board and admins only.',
  },
  invalid_range: {
    vi: 'Khoảng thời gian không hợp lệ: hãy gửi from và to dạng YYYY-MM-DD, from không sau to.',
    en: 'Invalid period: give from and to as YYYY-MM-DD, from not after to.',
  },
  range_too_long: { vi: 'Khoảng thời gian tối đa là hai năm.', en: 'The period may be at most two years.' },
  invalid_filter: { vi: 'Bộ lọc không hợp lệ.', en: 'Invalid filter.' },
  other_page: {
    vi: 'Bạn chỉ xem được số liệu của trang mình thuộc Ban Biên tập.',
    en: 'You see the figures of the pages whose board you are on only.',
  },
  story_not_found: { vi: 'Không tìm thấy bài viết.', en: 'Story not found.' },
  story_figures_hidden: {
    vi: 'Chỉ tác giả, biên tập viên mảng và Ban Biên tập xem được số liệu của bài này.',
    en: "Only the story's author, its area's editors and the board see its figures.",
  },
  report_not_found: { vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' },
  report_not_ready: { vi: 'Báo cáo chưa tạo xong.', en: 'The report is not ready yet.' },
  invalid_report_file: { vi: 'Chỉ có tệp xlsx hoặc pdf.', en: 'The file is xlsx or pdf.' },
} as const satisfies Record<string, Bilingual>

export type InsightsMessageCode = keyof typeof INSIGHTS_MESSAGES

export const insightsMessage = messageLookup<InsightsMessageCode>(INSIGHTS_MESSAGES)
export const refuse = refusalsFrom(insightsMessage)
