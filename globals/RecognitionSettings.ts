import type { GlobalConfig } from 'payload'

import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isBoardInAnyPage } from '../access/isBoardInAnyPage'
import { DEFAULT_WEIGHTS } from '../src/recognition/scoring'

const weight = (name: keyof typeof DEFAULT_WEIGHTS, vi: string, en: string) => ({
  name,
  type: 'number' as const,
  min: 0,
  required: true,
  defaultValue: DEFAULT_WEIGHTS[name],
  label: { vi, en },
})

/** The points each contribution earns on the recognition leaderboards, set by the board (defaults in the README). */
export const RecognitionSettings: GlobalConfig = {
  slug: 'recognition-settings',
  label: { vi: 'Điểm biểu dương', en: 'Recognition weights' },
  admin: { group: { vi: 'Mạng lưới', en: 'Network' }, hidden: hiddenFromAllBut(['board', 'admin']) },
  access: { read: isBoardInAnyPage, update: isBoardInAnyPage },
  fields: [
    weight('stories', 'Mỗi bài viết được đăng', 'Each published story'),
    weight('photos', 'Mỗi ảnh được dùng trong bài đã đăng', 'Each photo used in a published story'),
    weight('shared', 'Mỗi lượt chia sẻ bài chiến dịch', 'Each campaign share'),
    weight('reacted', 'Mỗi lượt tương tác bài chiến dịch', 'Each campaign reaction'),
    weight('commented', 'Mỗi lượt bình luận bài chiến dịch', 'Each campaign comment'),
    weight('contestEntries', 'Mỗi bài dự thi', 'Each contest entry'),
  ],
}
