import type { CollectionConfig } from 'payload'

import { canReadMetrics } from '../access/canReadMetrics'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

/**
 * One figure of one page (a `facebook_page` channel) for one local day (Asia/Ho_Chi_Minh,
 * `YYYY-MM-DD`), as the Graph API reports it with `period=day`: `page_follows` is the follower count
 * that day, the others are that day's reach and engagements. Written only by the insights collector
 * (idempotent upserts on the unique index); the board reads.
 */
export const PageMetrics: CollectionConfig = belongsToPage(
  {
    slug: 'page-metrics',
    labels: {
      singular: { vi: 'Số liệu trang', en: 'Page metric' },
      plural: { vi: 'Số liệu trang', en: 'Page metrics' },
    },
    admin: {
      useAsTitle: 'metric',
      group: { vi: 'Số liệu', en: 'Insights' },
      hidden: hiddenFromAllBut(['board', 'admin']),
      defaultColumns: ['channel', 'metric', 'day', 'value'],
    },
    defaultSort: '-day',
    access: { create: nobody, read: canReadMetrics, update: nobody, delete: nobody },
    indexes: [{ fields: ['channel', 'metric', 'day'], unique: true }, { fields: ['metric', 'day'] }],
    fields: [
      {
        name: 'channel',
        type: 'relationship',
        relationTo: 'channels',
        required: true,
        label: { vi: 'Kênh', en: 'Channel' },
      },
      { name: 'metric', type: 'text', required: true, label: { vi: 'Chỉ số', en: 'Metric' } },
      { name: 'day', type: 'text', required: true, label: { vi: 'Ngày (YYYY-MM-DD)', en: 'Day (YYYY-MM-DD)' } },
      { name: 'value', type: 'number', required: true, label: { vi: 'Giá trị', en: 'Value' } },
    ],
  },
  { field: 'channel', collection: 'channels' },
)
