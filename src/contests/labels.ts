type Label = { vi: string; en: string }

export const CONTEST_KINDS = ['photo', 'writing', 'design', 'video_link'] as const
export type ContestKind = (typeof CONTEST_KINDS)[number]

export const CONTEST_STAGES = ['draft', 'open', 'closed', 'judging', 'results_published'] as const
export type ContestStage = (typeof CONTEST_STAGES)[number]

export const ENTRY_STAGES = ['submitted', 'approved', 'rejected', 'published', 'scored', 'withdrawn'] as const
export type EntryStage = (typeof ENTRY_STAGES)[number]

export const CONTEST_KIND_LABELS: Record<ContestKind, Label> = {
  photo: { vi: 'Ảnh', en: 'Photo' },
  writing: { vi: 'Bài viết', en: 'Writing' },
  design: { vi: 'Thiết kế', en: 'Design' },
  video_link: { vi: 'Video (đường dẫn)', en: 'Video link' },
}

export const CONTEST_STAGE_LABELS: Record<ContestStage, Label> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  open: { vi: 'Đang nhận bài', en: 'Open' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  judging: { vi: 'Đang chấm', en: 'Judging' },
  results_published: { vi: 'Đã công bố kết quả', en: 'Results published' },
}

export const ENTRY_STAGE_LABELS: Record<EntryStage, Label> = {
  submitted: { vi: 'Chờ duyệt', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  rejected: { vi: 'Không duyệt', en: 'Rejected' },
  published: { vi: 'Đã đăng', en: 'Published' },
  scored: { vi: 'Đã chấm', en: 'Scored' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
}

export const optionsOf = <T extends string>(labels: Record<T, Label>) =>
  (Object.entries(labels) as [T, Label][]).map(([value, label]) => ({ value, label }))
