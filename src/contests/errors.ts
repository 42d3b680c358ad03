import { type Bilingual, messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'
import type { ContestRefused } from './machine'

/** What contest endpoints answer, Vietnamese first; the key is the stable English code. */
export const CONTEST_ERRORS = {
  unknown_action: { vi: 'Thao tác không hợp lệ.', en: 'Unknown action.' },
  wrong_stage: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại.',
    en: 'This action is not allowed from the current stage.',
  },
  contest_stage: {
    vi: 'Không thể thực hiện thao tác này ở giai đoạn hiện tại của cuộc thi.',
    en: 'This action is not allowed at the contest’s current stage.',
  },
  not_permitted: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  reason_required: { vi: 'Vui lòng ghi rõ lý do không duyệt.', en: 'A reason is required.' },
  opening_incomplete: {
    vi: 'Chưa thể mở cuộc thi: cần có thể lệ, thời gian mở và hạn cuối hợp lệ, ban giám khảo và tiêu chí chấm. Còn thiếu: ',
    en: 'The contest cannot open yet; it lacks: ',
  },
  not_closing_time: { vi: 'Chưa đến hạn cuối của cuộc thi.', en: 'The closing time has not come.' },
  judging_incomplete: {
    vi: 'Ban giám khảo chưa chấm xong: cần xác nhận nếu vẫn tính hoặc công bố kết quả chỉ từ các phiếu đã chấm. Số phiếu chưa chấm: ',
    en: 'Judging is not finished: confirm with acceptPending to compute or publish results from the submitted sheets only. Pending sheets: ',
  },
  conflict: {
    vi: 'Mục này vừa được người khác xử lý; vui lòng tải lại trang.',
    en: 'Changed by someone else meanwhile; reload and try again.',
  },
  stage_read_only: {
    vi: 'Trạng thái chỉ thay đổi qua các thao tác của cuộc thi.',
    en: 'stage can only be changed through the transition endpoint.',
  },
  contest_not_found: { vi: 'Không tìm thấy cuộc thi.', en: 'Contest not found.' },
  entry_not_found: { vi: 'Không tìm thấy bài dự thi.', en: 'Entry not found.' },
  contest_not_open: { vi: 'Cuộc thi chưa mở nhận bài.', en: 'The contest is not open for entries.' },
  contest_closed: { vi: 'Cuộc thi đã hết hạn nhận bài.', en: 'The contest has closed.' },
  entry_limit: {
    vi: 'Bạn đã gửi đủ số bài được phép cho cuộc thi này.',
    en: 'This contact has already sent as many entries as allowed.',
  },
  members_only: {
    vi: 'Cuộc thi chỉ dành cho cán bộ, đảng viên có trong danh sách; số điện thoại hoặc email chưa khớp.',
    en: 'Only registered members may enter; the phone or email matches no member.',
  },
  too_many_requests: { vi: 'Bạn thao tác quá nhanh; vui lòng thử lại sau ít phút.', en: 'Too many requests.' },
  request_too_large: {
    vi: 'Dữ liệu gửi lên quá lớn: mỗi ảnh tối đa 25 MB.',
    en: 'The request is too large: at most 25 MB per photo.',
  },
  form_invalid: { vi: 'Biểu mẫu không hợp lệ.', en: 'The form could not be read.' },
  entry_name_required: { vi: 'Vui lòng nhập họ và tên.', en: 'name is required.' },
  entry_contact_invalid: {
    vi: 'Vui lòng nhập số điện thoại (10–11 số) hoặc email hợp lệ.',
    en: 'contact must be a phone number or an email.',
  },
  entry_title_required: { vi: 'Vui lòng nhập tên tác phẩm.', en: 'title is required.' },
  entry_consent_required: {
    vi: 'Bạn cần đồng ý với thể lệ và đồng ý cho đăng tác phẩm.',
    en: 'Both consents (rules and publication) are required.',
  },
  entry_photos_required: { vi: 'Vui lòng chọn ít nhất một ảnh.', en: 'At least one photo is required.' },
  entry_too_many_photos: { vi: 'Số ảnh vượt quá quy định của cuộc thi.', en: 'Too many photos.' },
  entry_text_required: { vi: 'Vui lòng nhập nội dung bài viết.', en: 'text is required.' },
  entry_too_many_words: { vi: 'Bài viết vượt quá số chữ cho phép.', en: 'The text has too many words.' },
  entry_link_invalid: {
    vi: 'Đường dẫn video phải là liên kết http(s) tới YouTube, Facebook hoặc TikTok.',
    en: 'link must be an http(s) YouTube, Facebook or TikTok link.',
  },
  withdraw_not_found: {
    vi: 'Mã xác nhận hoặc thông tin liên hệ không đúng.',
    en: 'No entry matches this confirmation code and contact.',
  },
  already_voted: { vi: 'Bạn đã bình chọn cho bài này.', en: 'Already voted for this entry.' },
  votes_closed: { vi: 'Đã hết thời gian bình chọn.', en: 'Voting has closed.' },
  votes_not_here: {
    vi: 'Cuộc thi này bình chọn bằng lượt bày tỏ cảm xúc trên fanpage.',
    en: 'This contest counts votes from the fanpage.',
  },
} as const satisfies Record<string, Bilingual>

export type ContestErrorCode = keyof typeof CONTEST_ERRORS

export const contestMessage = messageLookup<ContestErrorCode>(CONTEST_ERRORS)

/** `{ errors: [{ message, data: { code } }] }` in the request's language. */
export const contestRefusal = refusalsFrom(contestMessage)

/** Thrown inside a contest operation; the endpoint answers it with `contestRefusal`. */
export class ContestRefusal extends Error {
  constructor(
    readonly code: ContestErrorCode,
    readonly status: number,
    readonly detail = '',
    /** Figures a script reads beside the code (`data.pending`). */
    readonly facts: Record<string, unknown> = {},
  ) {
    super(code)
  }
}

/** A machine's refusal, thrown: what the contest lacks, or how many sheets are pending, said after the message. */
export const refusalOf = (refused: ContestRefused) =>
  refused.pending === undefined
    ? new ContestRefusal(refused.code, refused.status, refused.missing?.join(', ') ?? '')
    : new ContestRefusal(refused.code, refused.status, String(refused.pending), { pending: refused.pending })
