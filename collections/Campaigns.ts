import type { CollectionConfig } from 'payload'

import { canCreateCampaigns, canReadCampaigns, canUpdateCampaigns } from '../access/canManageCampaigns'
import { prepareCampaign } from '../hooks/campaigns/prepareCampaign'
import { accountsByLinkEndpoints } from '../src/campaigns/accountsByLink'
import { campaignEndpoints } from '../src/campaigns/endpoints'
import { CAMPAIGN_STATES } from '../src/campaigns/rules'
import { belongsToPage } from './fields/belongsToPage'

const serverSet = { create: () => false, update: () => false }

const STATE_LABELS = {
  draft: { vi: 'Nháp', en: 'Draft' },
  launched: { vi: 'Đã phát động', en: 'Launched' },
  ended: { vi: 'Đã kết thúc', en: 'Ended' },
} as const

/**
 * A share campaign: members of the targeted units (all when none is named) are asked to share, react
 * to or comment on one published post. Launched with `POST /api/campaigns/:id/launch` (src/campaigns/).
 */
export const Campaigns: CollectionConfig = belongsToPage({
  slug: 'campaigns',
  labels: {
    singular: { vi: 'Chiến dịch chia sẻ', en: 'Share campaign' },
    plural: { vi: 'Chiến dịch chia sẻ', en: 'Share campaigns' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'startsAt', 'endsAt'],
    group: { vi: 'Mạng lưới', en: 'Network' },
  },
  access: {
    create: canCreateCampaigns,
    read: canReadCampaigns,
    update: canUpdateCampaigns,
    delete: canUpdateCampaigns,
  },
  indexes: [{ fields: ['page', 'state'] }],
  hooks: { beforeChange: [prepareCampaign] },
  endpoints: [...campaignEndpoints, ...accountsByLinkEndpoints],
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên chiến dịch', en: 'Title' } },
    {
      name: 'publication',
      type: 'relationship',
      relationTo: 'publications',
      required: true,
      label: { vi: 'Bài đã đăng', en: 'Published post' },
      admin: {
        description: {
          vi: 'Một lượt đăng đã lên Facebook hoặc trang tin, có đường dẫn.',
          en: 'A publication that went out, with a permalink.',
        },
      },
    },
    { name: 'message', type: 'textarea', label: { vi: 'Lời nhắn gửi đảng viên', en: 'Message to members' } },
    {
      name: 'targetUnits',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { vi: 'Chi bộ được giao', en: 'Target units' },
      admin: { description: { vi: 'Để trống: tất cả chi bộ.', en: 'Empty: every unit.' } },
    },
    { name: 'allUnits', type: 'checkbox', defaultValue: true, index: true, access: serverSet, admin: { hidden: true } },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      label: { vi: 'Bắt đầu', en: 'Starts at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'endsAt',
      type: 'date',
      required: true,
      label: { vi: 'Kết thúc', en: 'Ends at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: CAMPAIGN_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      label: { vi: 'Trạng thái', en: 'State' },
      access: serverSet,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'launchedAt',
      type: 'date',
      label: { vi: 'Phát động lúc', en: 'Launched at' },
      access: serverSet,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      access: serverSet,
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Người tạo', en: 'Created by' },
    },
  ],
})
