import type { Role } from './roles'
import type { Stage } from './stages'
import type { Action } from './transitions'
import type { ShareEvent } from './sharing'

type Label = { vi: string; en: string }

export const ROLE_LABELS: Record<Role, Label> = {
  collaborator: { vi: 'Cộng tác viên', en: 'Collaborator' },
  editor: { vi: 'Biên tập viên mảng', en: 'Area editor' },
  board: { vi: 'Ban Biên tập', en: 'Editorial board' },
  duty: { vi: 'Tổ xử lý thông tin (trực trang)', en: 'Duty team' },
  unit_lead: { vi: 'Bí thư / phụ trách chi bộ', en: 'Unit lead' },
  admin: { vi: 'Quản trị', en: 'Administrator' },
}

export const STAGE_LABELS: Record<Stage, Label> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  in_review: { vi: 'Đang biên tập', en: 'In review' },
  changes_requested: { vi: 'Cần sửa', en: 'Changes requested' },
  awaiting_approval: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  scheduled: { vi: 'Đã lên lịch', en: 'Scheduled' },
  published: { vi: 'Đã đăng', en: 'Published' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
}

export const ACTION_LABELS: Record<Action, Label> = {
  submit: { vi: 'Gửi bài', en: 'Submit' },
  withdraw: { vi: 'Rút bài', en: 'Withdraw' },
  claim: { vi: 'Nhận biên tập', en: 'Claim' },
  request_changes: { vi: 'Yêu cầu sửa', en: 'Request changes' },
  forward: { vi: 'Chuyển Ban Biên tập', en: 'Forward to board' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  reject: { vi: 'Từ chối', en: 'Reject' },
  schedule: { vi: 'Lên lịch đăng', en: 'Schedule' },
  unschedule: { vi: 'Hủy lịch đăng', en: 'Unschedule' },
  publish_now: { vi: 'Đăng ngay', en: 'Publish now' },
}

export const FORMAT_LABELS = {
  news: { vi: 'Tin bài', en: 'News' },
  photo: { vi: 'Ảnh', en: 'Photo' },
  poster: { vi: 'Pa-nô / áp phích', en: 'Poster' },
  infographic: { vi: 'Infographic', en: 'Infographic' },
  video: { vi: 'Video', en: 'Video' },
  rebuttal: { vi: 'Phản bác tin sai', en: 'Rebuttal' },
} as const satisfies Record<string, Label>

export const optionsFrom = <K extends string>(labels: Record<K, Label>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))

/** What sharing between pages records in the history of both stories (`src/sharing`). */
export const SHARE_EVENT_LABELS: Record<ShareEvent, Label> = {
  shared_up: { vi: 'Đề xuất lên trang huyện', en: 'Proposed to the district page' },
  shared_in: { vi: 'Nhận bài chia sẻ', en: 'Shared in' },
  offered_down: { vi: 'Chia sẻ xuống trang cơ sở', en: 'Offered to a grassroots page' },
  offer_accepted: { vi: 'Nhận đăng bài chia sẻ', en: 'Offer accepted' },
  offer_declined: { vi: 'Không nhận bài chia sẻ', en: 'Offer declined' },
}

export const OFFER_REPLY_LABELS = {
  accept: { vi: 'Nhận đăng', en: 'Accept and publish' },
  decline: { vi: 'Không nhận', en: 'Decline' },
} as const satisfies Record<string, Label>

/** Everything a story's history can record: the workflow's actions plus what the system does itself. */
export const HISTORY_EVENT_LABELS = {
  ...ACTION_LABELS,
  auto_publish: { vi: 'Tự động đăng', en: 'Published automatically' },
  ...SHARE_EVENT_LABELS,
}
