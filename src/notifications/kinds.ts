/** What a user can be told about; each kind can be muted for email by the user. */
export const NOTIFICATION_KIND_LABELS = {
  queue_entered: { vi: 'Có bài vào hàng đợi của tôi', en: 'A story entered my queue' },
  changes_requested: { vi: 'Bài của tôi cần sửa', en: 'Changes requested on my story' },
  approved: { vi: 'Bài của tôi được duyệt', en: 'My story was approved' },
  scheduled: { vi: 'Bài được lên lịch đăng', en: 'A story was scheduled' },
  published: { vi: 'Bài đã đăng', en: 'A story was published' },
  publishing_failed: { vi: 'Đăng bài bị lỗi', en: 'Publishing failed' },
  inbox_assigned: { vi: 'Bình luận/tin nhắn giao cho tôi', en: 'Inbox item assigned to me' },
  inbox_overdue: { vi: 'Bình luận/tin nhắn quá hạn trả lời', en: 'Inbox item overdue' },
  rebuttal_waiting: { vi: 'Bài phản bác tin sai chờ duyệt', en: 'Rebuttal awaiting approval' },
  backup_overdue: { vi: 'Sao lưu dữ liệu bị quá hạn', en: 'Backup overdue' },
  network_channel_reconnect: {
    vi: 'Trang cơ sở có kênh cần kết nối lại',
    en: 'A grassroots page has a channel to reconnect',
  },
  network_inbox_overdue: {
    vi: 'Trang cơ sở có bình luận/tin nhắn quá hạn trả lời',
    en: 'A grassroots page has overdue inbox items',
  },
  share_received: { vi: 'Có bài được chia sẻ tới trang của tôi', en: 'A story was shared to my page' },
  report_ready: { vi: 'Báo cáo số liệu định kỳ đã xong', en: 'Scheduled report ready' },
  campaign_invite: { vi: 'Chiến dịch chia sẻ mới / lời nhắc', en: 'Share campaign invitation or reminder' },
} as const

export type NotificationKind = keyof typeof NOTIFICATION_KIND_LABELS
