import type { Bilingual } from '../../i18n/language'

/** The district view's words (Vietnamese first); kept with the view rather than in the shared table. */
export const NETWORK_LABELS = {
  title: { vi: 'Mạng lưới trang', en: 'Network of pages' },
  nav: { vi: 'Mạng lưới trang', en: 'Network of pages' },
  navGroup: { vi: 'Mạng lưới', en: 'Network' },
  intro: {
    vi: 'Số liệu của từng trang, cạnh nhau: lịch đăng, hộp thư trực trang, thời gian phản hồi, bài trong kỳ và kênh đăng.',
    en: 'Each page’s figures side by side: publishing, inbox, response times, stories in the period and channels.',
  },
  denied: {
    vi: 'Trang này dành cho Ban Biên tập trang huyện và quản trị viên.',
    en: 'This view is for the board of a district page and administrators.',
  },
  noPages: { vi: 'Chưa có trang nào trong mạng lưới.', en: 'No page in the network yet.' },
  period: { vi: 'Kỳ số liệu', en: 'Period' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  show: { vi: 'Xem', en: 'Show' },
  badPeriod: {
    vi: 'Khoảng thời gian không hợp lệ (tối đa 366 ngày); đang hiển thị tháng này.',
    en: 'Invalid period (366 days at most); showing this month.',
  },
  district: { vi: 'Trang huyện', en: 'District page' },
  grassroots: { vi: 'Trang cơ sở', en: 'Grassroots page' },
  flagReconnect: { vi: 'Kênh cần kết nối lại', en: 'Channel needs reconnect' },
  flagOverdue: { vi: 'Có tin quá hạn trả lời', en: 'Inbox overdue' },
  fine: { vi: 'Bình thường', en: 'All fine' },
  inbox: { vi: 'Hộp thư trực trang', en: 'Inbox' },
  open: { vi: 'Đang chờ', en: 'Open' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  responses: { vi: 'Phản hồi lần đầu (30 ngày)', en: 'First reply (30 days)' },
  median: { vi: 'Trung vị', en: 'Median' },
  p90: { vi: '90% trong vòng', en: '90th percentile' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  noAnswers: { vi: 'Chưa có', en: 'None yet' },
  stories: { vi: 'Bài trong kỳ', en: 'Stories in the period' },
  submitted: { vi: 'Gửi', en: 'Submitted' },
  approved: { vi: 'Duyệt', en: 'Approved' },
  published: { vi: 'Đăng', en: 'Published' },
  rebuttals: { vi: 'Phản bác (gửi/đăng)', en: 'Rebuttals (submitted/published)' },
  calendar: { vi: 'Lịch đăng (7 ngày trước và sau)', en: 'Publishing (7 days each way)' },
  calendarScheduled: { vi: 'chờ đăng', en: 'scheduled' },
  calendarPublished: { vi: 'đã đăng', en: 'published' },
  calendarFailed: { vi: 'lỗi', en: 'failed' },
  channels: { vi: 'Kênh đăng', en: 'Channels' },
  noChannels: { vi: 'Chưa có kênh', en: 'No channel' },
  channelOk: { vi: 'Hoạt động', en: 'Working' },
  channelOff: { vi: 'Đang tắt', en: 'Disabled' },
  channelReconnect: { vi: 'Cần kết nối lại', en: 'Needs reconnect' },
} satisfies Record<string, Bilingual>

export type NetworkLabel = keyof typeof NETWORK_LABELS
