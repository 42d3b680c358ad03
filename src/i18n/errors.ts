import { APIError, type PayloadRequest } from 'payload'

import { type Bilingual, messageLookup } from './language'
import { refusalsFrom } from './refusal'

/** Error messages shown to people: Vietnamese first, English for `Accept-Language: en`. */
export const ERROR_MESSAGES = {
  unknown_action: { vi: 'Thao tác không hợp lệ.', en: 'Unknown action.' },
  wrong_stage: {
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của bài.',
    en: 'This action is not allowed from the story’s current stage.',
  },
  not_permitted: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  own_story: {
    vi: 'Không ai được tự duyệt bài của chính mình (nguyên tắc bốn mắt).',
    en: 'Nobody may approve their own story (four-eyes rule).',
  },
  own_edit: {
    vi: 'Bạn là người sửa nội dung bài gần nhất nên không thể tự duyệt; cần một thành viên Ban Biên tập khác duyệt (nguyên tắc bốn mắt).',
    en: 'You last changed this story’s content, so another board member must approve it (four-eyes rule).',
  },
  note_required: { vi: 'Vui lòng ghi rõ lý do.', en: 'A note is required for this action.' },
  missing_field: {
    vi: 'Bài cần có tiêu đề và mảng nội dung trước khi gửi.',
    en: 'The story needs a title and an area before it can be submitted.',
  },
  rebuttal_incomplete: {
    vi: 'Bài phản bác cần nêu rõ thông tin sai và ít nhất một nguồn chính thức đã kiểm chứng.',
    en: 'A rebuttal needs the false claim and at least one verified official source.',
  },
  publish_time_required: {
    vi: 'Vui lòng chọn thời điểm đăng.',
    en: 'publishAt (ISO-8601 date-time) is required to schedule.',
  },
  publish_time_in_past: {
    vi: 'Thời điểm đăng đã qua; hãy dùng “Đăng ngay”.',
    en: 'publishAt is in the past; use publish_now instead.',
  },
  channel_required: {
    vi: 'Vui lòng chọn ít nhất một kênh đăng.',
    en: 'At least one channel is required to publish.',
  },
  publication_in_progress: {
    vi: 'Bài đang được đăng lên kênh, chưa thể thay đổi lịch; vui lòng thử lại sau ít phút.',
    en: 'A publication of this story is being sent; try again in a moment.',
  },
  assignee_other_page: {
    vi: 'Chỉ giao được cho người trực trang hoặc Ban Biên tập của trang này.',
    en: 'An item can only be assigned to the duty team or the board of its page.',
  },
  channel_other_page: {
    vi: 'Chỉ đăng được lên các kênh của trang mà bài viết thuộc về.',
    en: 'A story can only be published on channels of its own page.',
  },
  channel_unavailable: {
    vi: 'Kênh đăng không tồn tại hoặc đang tắt.',
    en: 'A chosen channel does not exist or is disabled.',
  },
  publishing_choice_board_only: {
    vi: 'Kênh đăng và thời điểm đăng của bài do Ban Biên tập chọn.',
    en: 'Only the board and admins choose a story’s channels and publish time.',
  },
  page_id_invalid: {
    vi: 'Vui lòng nhập mã trang Facebook (Page ID): chỉ gồm chữ số, chữ cái hoặc dấu chấm.',
    en: 'pageId is required: the Facebook page id (digits, letters or dots).',
  },
  access_token_required: {
    vi: 'Vui lòng nhập mã truy cập trang (Page access token) để kiểm tra kết nối.',
    en: 'accessToken is required to check a page that has no stored token.',
  },
  story_not_found: { vi: 'Không tìm thấy bài viết.', en: 'Story not found.' },
  publication_not_found: { vi: 'Không tìm thấy lượt đăng.', en: 'Publication not found.' },
  channel_not_found: { vi: 'Không tìm thấy kênh.', en: 'Channel not found.' },
  conflict: {
    vi: 'Bài vừa được người khác xử lý; vui lòng tải lại trang.',
    en: 'The story was changed by someone else meanwhile; reload and try again.',
  },
  workflow_field_read_only: {
    vi: 'Trạng thái và lịch sử của bài chỉ thay đổi qua các thao tác duyệt bài.',
    en: 'stage and history can only be changed through the transition endpoint.',
  },
  content_frozen: {
    vi: 'Bài đã được duyệt: nội dung không thể sửa. Ban Biên tập cần trả bài về để sửa.',
    en: 'Content is frozen from approval on; send the story back with request_changes to edit it.',
  },
  author_set_by_server: {
    vi: 'Tác giả do hệ thống ghi nhận, không thể chỉ định.',
    en: 'author is set by the server and cannot be given.',
  },
  privilege_admin_only: {
    vi: 'Chỉ quản trị viên được thay đổi vai trò, mảng phụ trách và đơn vị.',
    en: 'Only admins may change roles, areas and unit.',
  },
  file_too_large: {
    vi: 'Tệp quá lớn: mỗi ảnh tối đa 25 MB.',
    en: 'File too large: the limit is 25 MB per file.',
  },
  file_type_not_allowed: {
    vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.',
    en: 'Only JPEG, PNG and WebP images are accepted.',
  },
  image_too_many_pixels: {
    vi: 'Ảnh có kích thước điểm ảnh quá lớn (tối đa 50 megapixel).',
    en: 'Image has too many pixels (limit: 50 megapixels).',
  },
  image_unreadable: {
    vi: 'Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh.',
    en: 'The image could not be read: the file is damaged or not an image.',
  },
  request_too_large: {
    vi: 'Dữ liệu gửi lên quá lớn. Giới hạn:',
    en: 'The request body is too large. Limit:',
  },
  cross_site_request: {
    vi: 'Yêu cầu bị từ chối vì được gửi từ một trang web khác.',
    en: 'Refused: this request was sent from another website.',
  },
  too_many_attempts: {
    vi: 'Bạn đã thử quá nhiều lần. Vui lòng đợi rồi thử lại.',
    en: 'Too many attempts; wait a moment and try again.',
  },
  server_busy: {
    vi: 'Hệ thống đang bận xử lý nhiều lượt đăng nhập. Vui lòng thử lại sau giây lát.',
    en: 'The server is busy with many sign-ins; try again in a moment.',
  },
  media_frozen: {
    vi: 'Ảnh đang dùng trong bài đã duyệt: không thể thay ảnh, sửa chú thích, tác giả ảnh, điểm lấy nét hay xóa ảnh.',
    en: 'This photo is used by an approved story: its file, caption, credit and focal point cannot change, and it cannot be deleted.',
  },
  photo_file_missing: {
    vi: 'Không tìm thấy tệp của một ảnh trong bài; hãy tải ảnh lên lại rồi duyệt.',
    en: 'A photo of this story has no file on the server; upload it again before approving.',
  },
  invalid_id: {
    vi: 'Mã định danh không hợp lệ: không có mục nào mang mã này.',
    en: 'Invalid id: nothing can have this id.',
  },
  invalid_query: {
    vi: 'Điều kiện lọc không hợp lệ hoặc quá phức tạp (tối đa 100 điều kiện, lồng tối đa 6 tầng).',
    en: 'Invalid or too complex filter (at most 100 conditions, nested at most 6 deep).',
  },
  invalid_paging: {
    vi: 'Tham số không hợp lệ: limit phải từ 0 đến 1000, page từ 1, depth từ 0 đến 10 (số nguyên).',
    en: 'Invalid parameters: limit must be 0–1000, page at least 1, depth 0–10 (whole numbers).',
  },
  invalid_body: {
    vi: 'Dữ liệu gửi lên phải là một đối tượng JSON với các trường đúng kiểu.',
    en: 'The request body must be a JSON object with fields of the right types.',
  },
  invalid_field_value: {
    vi: 'Giá trị không đúng kiểu (số, ngày giờ, chữ, đúng/sai, hoặc mã của mục liên kết) ở trường:',
    en: 'Value of the wrong type (number, date, text, true/false, or the id of a linked item) in field:',
  },
  related_not_found: {
    vi: 'Liên kết tới mục không tồn tại:',
    en: 'A link names an item that does not exist:',
  },
  versions_not_kept: {
    vi: 'Mục này không lưu các phiên bản.',
    en: 'No versions are kept here.',
  },
  title_hidden_characters: {
    vi: 'Tiêu đề chứa ký tự ẩn (đảo chiều chữ hoặc ký tự độ rộng bằng 0); hãy gõ lại tiêu đề.',
    en: 'The title contains hidden characters (direction overrides or zero-width characters); type it again.',
  },
  title_too_long: {
    vi: 'Tiêu đề quá dài: tối đa 250 ký tự.',
    en: 'The title is too long: at most 250 characters.',
  },
  verification_off: {
    vi: 'Hệ thống không dùng xác minh email.',
    en: 'Email verification is not used here.',
  },
  file_not_found: { vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  link_other_page: {
    vi: 'Liên kết tới mục của một trang khác:',
    en: 'A link names an item of another page:',
  },
  no_page: {
    vi: 'Tài khoản của bạn chưa thuộc trang nào; hãy liên hệ quản trị.',
    en: 'Your account belongs to no page.',
  },
  page_slug_invalid: {
    vi: 'Đường dẫn trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang (tối đa 60 ký tự).',
    en: 'A page slug is lowercase letters, digits and dashes (at most 60).',
  },
  page_parent_invalid: {
    vi: 'Trang cơ sở cần một trang cấp trên là trang huyện; trang huyện không có trang cấp trên.',
    en: 'A grassroots page needs a district page as its parent; a district page has none.',
  },
  offer_pending: {
    vi: 'Đây là bài trang huyện chia sẻ xuống: hãy chọn nhận đăng hoặc không nhận.',
    en: 'This story is an offer from the district page: accept or decline it.',
  },
  page_move_admin_only: {
    vi: 'Chỉ quản trị mới chuyển được một mục sang trang khác.',
    en: 'Only admins move an item to another page.',
  },
  contest_not_found: { vi: 'Không tìm thấy cuộc thi.', en: 'Contest not found.' },
  contest_entry_not_found: { vi: 'Không tìm thấy bài dự thi.', en: 'Contest entry not found.' },
  not_a_juror: { vi: 'Bạn không có trong Ban giám khảo của cuộc thi này.', en: 'You are not on this contest’s jury.' },
  contest_not_judging: {
    vi: 'Cuộc thi chưa ở giai đoạn chấm điểm.',
    en: 'The contest is not in its judging stage.',
  },
  entry_not_scorable: {
    vi: 'Chỉ chấm được bài dự thi đã duyệt.',
    en: 'Only approved or published entries can be scored.',
  },
  recusal_required: {
    vi: 'Bạn là người dự thi hoặc cùng đơn vị với người dự thi: hãy xin rút khỏi việc chấm bài này.',
    en: 'You are the entrant or from the entrant’s unit: recuse yourself from this entry.',
  },
  score_sheet_invalid: {
    vi: 'Phiếu chấm cần đủ điểm mọi tiêu chí, mỗi điểm là số từ 0 đến điểm tối đa của tiêu chí.',
    en: 'Every criterion needs a number of points from 0 to its maximum.',
  },
  sheet_recused: { vi: 'Bạn đã rút khỏi việc chấm bài này.', en: 'You have recused yourself from this entry.' },
  sheet_not_recused: {
    vi: 'Giám khảo này không được miễn chấm bài này.',
    en: 'This juror is not recused from this entry.',
  },
  juror_required: { vi: 'Vui lòng chọn giám khảo.', en: 'juror is required.' },
  results_not_ready: {
    vi: 'Chỉ tính kết quả khi cuộc thi đang chấm hoặc đã công bố kết quả.',
    en: 'Results are computed in the judging stage (or again after publication).',
  },
  not_a_winner: { vi: 'Bài dự thi này không đoạt giải.', en: 'This entry has no prize.' },
  profile_invalid: {
    vi: 'Đường dẫn hoặc số điện thoại không phải một tài khoản của mạng xã hội đã chọn.',
    en: 'The URL or phone does not name an account on the chosen platform.',
  },
  profile_taken: {
    vi: 'Tài khoản mạng xã hội này đã được đăng ký cho một đảng viên khác.',
    en: 'This social account is already registered to another member.',
  },
  profile_listed: {
    vi: 'Đảng viên này đã có tài khoản mạng xã hội này.',
    en: 'This member already has this social account.',
  },
  member_out_of_reach: {
    vi: 'Bạn chỉ quản lý được đảng viên thuộc chi bộ của mình.',
    en: 'You can only manage members of your own unit.',
  },
} as const satisfies Record<string, Bilingual>

export type ErrorCode = keyof typeof ERROR_MESSAGES

export const messageFor = messageLookup<ErrorCode>(ERROR_MESSAGES)

/** The `{ errors: [{ message, data: { code } }] }` answer of a custom endpoint, in the request's language. */
export const refusal = refusalsFrom(messageFor)

/**
 * An API error whose message follows the request's language (Vietnamese by default) and whose
 * `data.code` is a stable English identifier for scripts.
 */
export const newsroomError = (req: Pick<PayloadRequest, 'i18n'> | undefined, code: ErrorCode, status: number) =>
  new APIError(messageFor(code, req?.i18n?.language), status, { code }, true)

/**
 * The same, about one field: the admin marks the field with the message (Payload's `data.errors`
 * with a path), and scripts read the code.
 */
export const newsroomFieldError = (req: Pick<PayloadRequest, 'i18n'> | undefined, code: ErrorCode, path: string) => {
  const message = messageFor(code, req?.i18n?.language)
  return new APIError(message, 400, { code, errors: [{ path, message }] }, true)
}
