import { type Bilingual, messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'

/** The member import's and export's messages: refusals of a request, and why a row is refused. */
export const MEMBER_MESSAGES = {
  not_permitted: {
    vi: 'Chỉ Ban Biên tập, quản trị viên và bí thư chi bộ nhập hoặc xuất danh sách đảng viên.',
    en: 'Only the board, admins and unit leads import or export members.',
  },
  file_missing: { vi: 'Vui lòng chọn tệp CSV hoặc XLSX.', en: 'Send a CSV or XLSX file (field "file").' },
  file_unreadable: {
    vi: 'Không đọc được tệp: cần tệp CSV hoặc XLSX có các cột "Họ và tên" và "Chi bộ".',
    en: 'The file is not a CSV or XLSX with "Họ và tên" and "Chi bộ" columns.',
  },
  import_running: {
    vi: 'Một lượt nhập danh sách của trang đang chạy; vui lòng đợi nó xong.',
    en: 'An import into this page is already running; wait for it to finish.',
  },
  job_unknown: { vi: 'Không tìm thấy lượt nhập này.', en: 'No such import.' },
  bad_format: { vi: 'Định dạng xuất là csv hoặc xlsx.', en: 'The export format is csv or xlsx.' },
  name_missing: { vi: 'Thiếu họ và tên.', en: 'No full name.' },
  unit_unknown: { vi: 'Chi bộ không có trong danh sách đơn vị.', en: 'Unknown party cell.' },
  unit_not_yours: {
    vi: 'Đảng viên thuộc chi bộ khác: bạn chỉ nhập được chi bộ của mình.',
    en: 'Another cell: you may import your own cell only.',
  },
  phone_invalid: { vi: 'Số điện thoại không hợp lệ.', en: 'Invalid phone number.' },
  email_invalid: { vi: 'Email không hợp lệ.', en: 'Invalid email.' },
  profile_invalid: {
    vi: 'Đường dẫn Facebook hoặc số Zalo không hợp lệ.',
    en: 'Invalid Facebook link or Zalo number.',
  },
  profile_taken: {
    vi: 'Tài khoản Facebook/Zalo này đã được đăng ký cho một đảng viên khác.',
    en: 'This Facebook/Zalo account belongs to another member.',
  },
  duplicate_row: {
    vi: 'Trùng với một dòng phía trên trong tệp.',
    en: 'Repeats an earlier row of the file.',
  },
} satisfies Record<string, Bilingual>

export type MemberMessage = keyof typeof MEMBER_MESSAGES

export const memberMessage = messageLookup<MemberMessage>(MEMBER_MESSAGES)

export const refuse = refusalsFrom(memberMessage)
