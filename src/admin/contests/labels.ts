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

export const STAGE_PANEL_LABELS = {
  stage: { vi: 'Giai đoạn', en: 'Stage' },
  saveFirst: { vi: 'Lưu thay đổi trước khi chuyển giai đoạn.', en: 'Save your changes before moving the stage.' },
  unfinished: {
    vi: 'Còn phiếu chấm chưa xong: công bố bây giờ sẽ không tính các phiếu đó.',
    en: 'Some score sheets are still pending: publishing now leaves them out.',
  },
  publishAnyway: { vi: 'Vẫn công bố kết quả', en: 'Publish anyway' },
  wait: { vi: 'Chờ chấm xong', en: 'Wait for the jury' },
  failed: { vi: 'Không chuyển được giai đoạn. Thử lại sau.', en: 'Could not move the stage. Try again later.' },
  judging: { vi: 'Mở màn hình chấm thi', en: 'Open the judging screen' },
} as const
