import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isLoggedIn } from '../access/isLoggedIn'

export const Channels: CollectionConfig = {
  slug: 'channels',
  labels: { singular: { vi: 'Kênh đăng', en: 'Channel' }, plural: { vi: 'Kênh đăng', en: 'Channels' } },
  admin: { useAsTitle: 'name', group: { vi: 'Quản trị', en: 'Administration' } },
  access: { create: isAdmin, read: isLoggedIn, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên kênh', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'facebook_page', label: { vi: 'Trang Facebook', en: 'Facebook page' } },
        { value: 'local_feed', label: { vi: 'Trang tin nội bộ (xem trước)', en: 'Local feed' } },
      ],
      label: { vi: 'Loại kênh', en: 'Kind' },
    },
    {
      name: 'pageId',
      type: 'text',
      label: { vi: 'Mã trang (Page ID)', en: 'Page ID' },
      admin: { condition: (data) => data?.kind === 'facebook_page' },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { vi: 'Đang dùng', en: 'Enabled' } },
  ],
}
