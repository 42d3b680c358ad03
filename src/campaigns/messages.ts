import { APIError, type PayloadRequest } from 'payload'

import { type Bilingual, messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'

/** Share campaigns' refusals: Vietnamese first (the one-tap page shows them as they are), English on request. */
export const CAMPAIGN_MESSAGES = {
  not_permitted: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  campaign_not_found: { vi: 'Không tìm thấy chiến dịch.', en: 'Campaign not found.' },
  bad_token: {
    vi: 'Đường dẫn không hợp lệ hoặc đã bị sửa. Hãy mở lại đường dẫn trong thông báo đã nhận.',
    en: 'Invalid or altered link. Open the link from the notice again.',
  },
  campaign_not_launched: { vi: 'Chiến dịch chưa được phát động.', en: 'The campaign has not been launched.' },
  campaign_not_started: {
    vi: 'Chiến dịch chưa bắt đầu, hãy quay lại khi chiến dịch bắt đầu.',
    en: 'The campaign has not started yet.',
  },
  campaign_ended: { vi: 'Chiến dịch đã kết thúc, không ghi nhận thêm.', en: 'The campaign has ended.' },
  bad_kind: { vi: 'Loại hành động không hợp lệ.', en: 'Invalid action kind.' },
  bad_link: { vi: 'Đường dẫn bài chia sẻ không hợp lệ (cần http/https).', en: 'Invalid share link (http/https).' },
  not_a_member: {
    vi: 'Tài khoản của bạn chưa gắn với đảng viên nào được chiến dịch nhắm tới.',
    en: 'Your login is not linked to a member this campaign targets.',
  },
  no_publication: {
    vi: 'Chiến dịch cần một bài đã đăng có đường dẫn (Facebook hoặc trang tin).',
    en: 'A campaign needs a published post with a permalink (Facebook or local feed).',
  },
  unit_lead_own_unit: {
    vi: 'Bí thư chi bộ chỉ phát động chiến dịch cho chi bộ của mình.',
    en: 'A unit lead launches campaigns for their own unit only.',
  },
  account_not_found: { vi: 'Không tìm thấy tài khoản này của đồng chí.', en: 'No such account of yours.' },
  bad_account: {
    vi: 'Cần chọn mạng xã hội và nhập đường dẫn hoặc số điện thoại (tối đa 300 ký tự).',
    en: 'Choose a platform and give a profile URL or phone (at most 300 characters).',
  },
  bad_month: { vi: 'Tháng không hợp lệ (dạng YYYY-MM).', en: 'Invalid month (YYYY-MM).' },
  bad_dates: { vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', en: 'The end must come after the start.' },
} satisfies Record<string, Bilingual>

export type CampaignMessage = keyof typeof CAMPAIGN_MESSAGES

export const campaignMessage = messageLookup<CampaignMessage>(CAMPAIGN_MESSAGES)

export const refuse = refusalsFrom(campaignMessage)

export const campaignError = (req: Pick<PayloadRequest, 'i18n'> | undefined, code: CampaignMessage, status: number) =>
  new APIError(campaignMessage(code, req?.i18n?.language), status, { code }, true)
