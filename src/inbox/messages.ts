import { type Bilingual, messageLookup } from '../i18n/language'

/** What the inbox endpoints tell people: Vietnamese first, English for `Accept-Language: en`. */
export const INBOX_MESSAGES = {
  not_signed_in: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  not_permitted: {
    vi: 'Bạn không có quyền xử lý mục này: chỉ người được giao hoặc Ban Biên tập.',
    en: 'Only the assignee or the board may handle this item.',
  },
  not_found: { vi: 'Không tìm thấy bình luận/tin nhắn.', en: 'Inbox item not found.' },
  text_required: { vi: 'Vui lòng nhập nội dung trả lời.', en: 'The reply text is required.' },
  text_too_long: {
    vi: 'Nội dung trả lời quá dài (bình luận tối đa 8.000 ký tự, tin nhắn tối đa 2.000 ký tự).',
    en: 'The reply is too long (8,000 characters for a comment, 2,000 for a message).',
  },
  already_handled: {
    vi: 'Mục này đã được trả lời hoặc đã đóng; vui lòng tải lại trang.',
    en: 'This item was already replied to or closed; reload the page.',
  },
  already_escalated: { vi: 'Mục này đã được chuyển Ban Biên tập.', en: 'This item is already escalated.' },
  already_marked_false: {
    vi: 'Mục này đã được đánh dấu tin sai và đã có bài phản bác.',
    en: 'This item already has a rebuttal story.',
  },
  messaging_window_closed: {
    vi:
      'Không thể trả lời: đã quá 7 ngày kể từ tin nhắn cuối của người này. Facebook chỉ cho Trang trả lời trong 24 giờ, ' +
      'hoặc tối đa 7 ngày nếu do người trực trả lời (thẻ HUMAN_AGENT). Hãy chờ người dùng nhắn lại.',
    en:
      'Cannot reply: more than 7 days have passed since this person last wrote. Facebook lets a Page answer within ' +
      '24 hours, or up to 7 days when a human agent answers (HUMAN_AGENT tag). Wait for them to write again.',
  },
  channel_missing: {
    vi: 'Chưa kết nối Trang Facebook này (thiếu kênh hoặc mã truy cập); liên hệ quản trị viên.',
    en: 'This Facebook page is not connected (no channel or no access token); ask an admin.',
  },
  sender_unknown: {
    vi: 'Không xác định được người gửi tin nhắn này (thiếu dữ liệu webhook gốc), nên không thể trả lời từ hệ thống.',
    en: 'The sender of this message is unknown (its webhook event is missing), so it cannot be answered from here.',
  },
  graph_refused: {
    vi: 'Facebook từ chối gửi trả lời: ',
    en: 'Facebook refused the reply: ',
  },
  graph_unknown: {
    vi: 'Không nhận được phản hồi từ Facebook, chưa rõ trả lời đã gửi được hay chưa. Hãy kiểm tra trên Trang trước khi gửi lại.',
    en: 'Facebook did not answer; the reply may or may not have been sent. Check the page before sending again.',
  },
  replied: { vi: 'Đã gửi trả lời lên Facebook.', en: 'The reply was sent to Facebook.' },
  closed: { vi: 'Đã đóng.', en: 'Closed.' },
  escalated: { vi: 'Đã chuyển Ban Biên tập.', en: 'Escalated to the board.' },
  marked_false: {
    vi: 'Đã tạo bản nháp bài phản bác tin sai.',
    en: 'A rebuttal draft was created.',
  },
} as const satisfies Record<string, Bilingual>

export type InboxMessageCode = keyof typeof INBOX_MESSAGES

export const inboxMessage = messageLookup<InboxMessageCode>(INBOX_MESSAGES)
