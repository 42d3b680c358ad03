import type { CollectionConfig } from 'payload'

import { canReadCampaignActions } from '../access/canManageCampaigns'
import { canCreateAsBoard, isBoardOrAdmin } from '../access/isBoard'
import { setActionUnit } from '../hooks/campaigns/setActionUnit'
import { ACTION_KINDS } from '../src/campaigns/rules'
import { belongsToPage } from './fields/belongsToPage'

const KIND_LABELS = {
  shared: { vi: 'Đã chia sẻ', en: 'Shared' },
  reacted: { vi: 'Đã tương tác', en: 'Reacted' },
  commented: { vi: 'Đã bình luận', en: 'Commented' },
} as const

/**
 * What a member did for a campaign: one row per member, campaign and kind (a unique index, so
 * repeated or concurrent taps make one row). Recorded by the member's tap or read from Facebook (verified).
 */
export const CampaignActions: CollectionConfig = belongsToPage(
  {
    slug: 'campaign-actions',
    labels: {
      singular: { vi: 'Lượt hưởng ứng', en: 'Campaign action' },
      plural: { vi: 'Lượt hưởng ứng', en: 'Campaign actions' },
    },
    admin: {
      defaultColumns: ['member', 'campaign', 'kind', 'at', 'verified'],
      group: { vi: 'Mạng lưới', en: 'Network' },
    },
    access: { create: canCreateAsBoard, read: canReadCampaignActions, update: isBoardOrAdmin, delete: isBoardOrAdmin },
    indexes: [
      { fields: ['campaign', 'member', 'kind'], unique: true },
      { fields: ['campaign', 'unit'] },
      // The leaderboard counts a page's actions in a period (src/recognition/sqlContributions.ts).
      { fields: ['page', 'at'] },
    ],
    hooks: { beforeChange: [setActionUnit] },
    fields: [
      {
        name: 'campaign',
        type: 'relationship',
        relationTo: 'campaigns',
        required: true,
        index: true,
        label: { vi: 'Chiến dịch', en: 'Campaign' },
      },
      {
        name: 'member',
        type: 'relationship',
        relationTo: 'members',
        required: true,
        index: true,
        label: { vi: 'Đảng viên', en: 'Member' },
      },
      {
        name: 'unit',
        type: 'relationship',
        relationTo: 'units',
        label: { vi: 'Chi bộ', en: 'Unit' },
        access: { create: () => false, update: () => false },
        admin: { readOnly: true },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        options: ACTION_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
        label: { vi: 'Hành động', en: 'Kind' },
      },
      {
        name: 'at',
        type: 'date',
        required: true,
        index: true,
        label: { vi: 'Lúc', en: 'At' },
        defaultValue: () => new Date().toISOString(),
      },
      { name: 'link', type: 'text', label: { vi: 'Đường dẫn bài chia sẻ', en: 'Share link' } },
      {
        name: 'verified',
        type: 'checkbox',
        defaultValue: false,
        label: { vi: 'Đã xác minh qua Facebook', en: 'Verified via Facebook' },
      },
      {
        name: 'source',
        type: 'select',
        required: true,
        defaultValue: 'tap',
        options: [
          { value: 'tap', label: { vi: 'Đảng viên tự báo', en: 'Tap' } },
          { value: 'graph', label: { vi: 'Facebook', en: 'Graph' } },
        ],
        label: { vi: 'Nguồn', en: 'Source' },
      },
    ],
  },
  { field: 'campaign', collection: 'campaigns' },
)
