import type { Bilingual } from '../i18n/language'
import { messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'
import type { ShareRefusalCode } from '../workflow/sharing'

/** The share endpoints' refusals: Vietnamese first, English for `Accept-Language: en`. */
export const SHARE_MESSAGES = {
  share_target_required: {
    vi: 'Hãy chọn nơi chia sẻ: trang cấp trên, hoặc ít nhất một trang cơ sở.',
    en: 'Choose where to share: "parent", or at least one page id.',
  },
  not_permitted: {
    vi: 'Chỉ Ban Biên tập của trang có bài mới được chia sẻ hoặc trả lời bài chia sẻ.',
    en: 'Only the board of the story’s page may do this.',
  },
  share_wrong_stage: {
    vi: 'Chỉ chia sẻ được bài đã duyệt, đã lên lịch hoặc đã đăng.',
    en: 'Only an approved, scheduled or published story can be shared.',
  },
  share_no_parent: {
    vi: 'Trang này không có trang cấp trên để đề xuất lên.',
    en: 'This page has no parent page to share up to.',
  },
  share_target_not_allowed: {
    vi: 'Trang cơ sở chỉ đề xuất lên trang huyện của mình; trang huyện chỉ chia sẻ xuống các trang cơ sở trực thuộc.',
    en: 'A grassroots page shares up to its own parent only; a district page down to its own grassroots pages only.',
  },
  share_duplicate: {
    vi: 'Bài này đã được chia sẻ tới trang đó.',
    en: 'This story was already shared to that page.',
  },
  share_area_invalid: {
    vi: 'Mảng nội dung đã chọn không thuộc trang nhận bài.',
    en: 'The chosen area is not one of the target page’s areas.',
  },
  unknown_reply: { vi: 'Câu trả lời không hợp lệ (nhận hoặc không nhận).', en: 'reply must be "accept" or "decline".' },
  not_an_offer: {
    vi: 'Bài này không phải bài trang huyện chia sẻ đang chờ trả lời.',
    en: 'This story is not an offer waiting for an answer.',
  },
  wrong_stage: {
    vi: 'Không thể trả lời bài chia sẻ ở trạng thái hiện tại của bài.',
    en: 'The offer cannot be answered from the story’s current stage.',
  },
  note_required: { vi: 'Vui lòng ghi rõ lý do không nhận.', en: 'A note is required to decline an offer.' },
  offer_no_channel: {
    vi: 'Trang chưa có kênh đăng nào đang bật để đăng bài này.',
    en: 'This page has no enabled channel to publish the offer on.',
  },
  story_not_found: { vi: 'Không tìm thấy bài viết.', en: 'Story not found.' },
  unauthorized: { vi: 'Bạn cần đăng nhập.', en: 'You must sign in.' },
  conflict: {
    vi: 'Bài vừa được người khác thay đổi; vui lòng tải lại và thử lại.',
    en: 'The story changed meanwhile; reload and try again.',
  },
  photo_file_missing: {
    vi: 'Không tìm thấy tệp ảnh đã duyệt của bài; không thể chia sẻ.',
    en: 'A photo file of the approved story is missing; it cannot be shared.',
  },
  publication_in_progress: {
    vi: 'Bài đang được đăng lên kênh; vui lòng thử lại sau ít phút.',
    en: 'A publication of this story is being sent; try again in a moment.',
  },
  channel_unavailable: {
    vi: 'Kênh đăng không tồn tại hoặc đang tắt.',
    en: 'A chosen channel does not exist or is disabled.',
  },
} as const satisfies Record<ShareRefusalCode | string, Bilingual>

export type ShareMessageCode = keyof typeof SHARE_MESSAGES

export const shareRefusal = refusalsFrom(messageLookup<ShareMessageCode>(SHARE_MESSAGES))
