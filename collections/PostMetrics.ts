import type { CollectionConfig } from 'payload'

import { canReadMetrics } from '../access/canReadMetrics'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { countViewsEndpoint, reactEndpoint } from '../src/insights/local/endpoints'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

/**
 * One figure of one post (a publication: a story on a channel) on one local day (Asia/Ho_Chi_Minh,
 * `YYYY-MM-DD`). `value` is the post's lifetime total as last read that day, so a day's row is the
 * growth curve's point and the last row is the current figure. Written only by the insights
 * collector and the local feed's counters (idempotent upserts on the unique index); the board reads.
 * `story` and `channel` are copies of the publication's, so screens filter without a join.
 */
export const PostMetrics: CollectionConfig = belongsToPage(
  {
    slug: 'post-metrics',
    labels: {
      singular: { vi: 'Số liệu bài đăng', en: 'Post metric' },
      plural: { vi: 'Số liệu bài đăng', en: 'Post metrics' },
    },
    admin: {
      useAsTitle: 'metric',
      group: { vi: 'Số liệu', en: 'Insights' },
      hidden: hiddenFromAllBut(['board', 'admin']),
      defaultColumns: ['publication', 'metric', 'day', 'value'],
    },
    defaultSort: '-day',
    access: { create: nobody, read: canReadMetrics, update: nobody, delete: nobody },
    // The public page's own counters (anonymous): views, viewers and reactions of local-feed posts.
    endpoints: [countViewsEndpoint, reactEndpoint],
    indexes: [
      { fields: ['publication', 'metric', 'day'], unique: true },
      { fields: ['metric', 'day'] },
      { fields: ['story', 'metric', 'day'] },
    ],
    fields: [
      {
        name: 'publication',
        type: 'relationship',
        relationTo: 'publications',
        required: true,
        label: { vi: 'Lượt đăng', en: 'Publication' },
      },
      { name: 'story', type: 'relationship', relationTo: 'stories', label: { vi: 'Bài viết', en: 'Story' } },
      { name: 'channel', type: 'relationship', relationTo: 'channels', label: { vi: 'Kênh', en: 'Channel' } },
      { name: 'metric', type: 'text', required: true, label: { vi: 'Chỉ số', en: 'Metric' } },
      { name: 'day', type: 'text', required: true, label: { vi: 'Ngày (YYYY-MM-DD)', en: 'Day (YYYY-MM-DD)' } },
      { name: 'value', type: 'number', required: true, label: { vi: 'Giá trị', en: 'Value' } },
    ],
  },
  { field: 'publication', collection: 'publications' },
)
