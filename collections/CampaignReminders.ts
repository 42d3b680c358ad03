import type { CollectionConfig } from 'payload'

import { isBoardOrAdmin } from '../access/isBoard'
import { belongsToPage } from './fields/belongsToPage'

/** One reminder per member, campaign and Vietnam day: the unique index is the rate limit. */
export const CampaignReminders: CollectionConfig = belongsToPage(
  {
    slug: 'campaign-reminders',
    labels: {
      singular: { vi: 'Lời nhắc', en: 'Reminder' },
      plural: { vi: 'Lời nhắc chiến dịch', en: 'Campaign reminders' },
    },
    admin: { hidden: true },
    access: { create: () => false, read: isBoardOrAdmin, update: () => false, delete: () => false },
    indexes: [{ fields: ['campaign', 'member', 'day'], unique: true }],
    fields: [
      { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true },
      { name: 'member', type: 'relationship', relationTo: 'members', required: true },
      { name: 'day', type: 'text', required: true },
      { name: 'by', type: 'relationship', relationTo: 'users' },
    ],
  },
  { field: 'campaign', collection: 'campaigns' },
)
