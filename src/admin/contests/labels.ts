export const QUEUE_LABELS = {
  title: { vi: 'Duyệt bài dự thi', en: 'Contest moderation' },
  noContests: { vi: 'Không có cuộc thi nào bạn được duyệt bài.', en: 'No contests to moderate.' },
  contest: { vi: 'Cuộc thi', en: 'Contest' },
  waiting: { vi: 'chờ duyệt', en: 'waiting' },
  empty: { vi: 'Chưa có bài dự thi.', en: 'No entries yet.' },
  approve: { vi: 'Duyệt (a)', en: 'Approve (a)' },
  reject: { vi: 'Không duyệt (r)', en: 'Reject (r)' },
  reason: { vi: 'Lý do không duyệt', en: 'Reason' },
  confirmReject: { vi: 'Xác nhận không duyệt', en: 'Confirm rejection' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  approveSelected: { vi: 'Duyệt các bài đã chọn', en: 'Approve selected' },
  select: { vi: 'Chọn', en: 'Select' },
  duplicate: { vi: 'Trùng ảnh với bài', en: 'Same photo as entry' },
  keys: {
    vi: 'Phím tắt: j/k chuyển bài, a duyệt, r không duyệt, x chọn.',
    en: 'Keys: j/k move, a approve, r reject, x select.',
  },
  video: { vi: 'Xem video', en: 'Watch video' },
} as const

export type QueueLabel = keyof typeof QUEUE_LABELS
