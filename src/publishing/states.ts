export const PUBLICATION_STATES = ['queued', 'publishing', 'published', 'failed', 'unconfirmed', 'cancelled'] as const

export type PublicationState = (typeof PUBLICATION_STATES)[number]

export const PUBLICATION_STATE_LABELS: Record<PublicationState, { vi: string; en: string }> = {
  queued: { vi: 'Chờ đăng', en: 'Queued' },
  publishing: { vi: 'Đang đăng', en: 'Publishing' },
  published: { vi: 'Đã đăng', en: 'Published' },
  failed: { vi: 'Lỗi', en: 'Failed' },
  unconfirmed: { vi: 'Chưa xác nhận', en: 'Unconfirmed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
}
