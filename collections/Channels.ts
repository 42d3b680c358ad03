import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isLoggedIn } from '../access/isLoggedIn'
import { sealAccessToken } from '../hooks/channels/sealAccessToken'
import { checkChannelEndpoint } from '../src/endpoints/checkChannel'

const nobody: FieldAccess = () => false

export const Channels: CollectionConfig = {
  slug: 'channels',
  labels: { singular: { vi: 'Kênh đăng', en: 'Channel' }, plural: { vi: 'Kênh đăng', en: 'Channels' } },
  admin: {
    useAsTitle: 'name',
    group: { vi: 'Quản trị', en: 'Administration' },
    defaultColumns: ['name', 'kind', 'enabled', 'needsReconnect'],
    description: {
      vi: 'Nơi bài được đăng. Mở một kênh để kiểm tra kết nối với Facebook.',
      en: 'Where stories are published. Open a channel to check its Facebook connection.',
    },
  },
  access: { create: isAdmin, read: isLoggedIn, update: isAdmin, delete: isAdmin },
  endpoints: [checkChannelEndpoint],
  hooks: { beforeChange: [sealAccessToken] },
  fields: [
    // Presentation only (no column): the reconnect banner and the connection check, above the fields.
    {
      name: 'connection',
      type: 'ui',
      admin: { components: { Field: '/src/admin/channels/ConnectionPanel#ConnectionPanel' } },
    },
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
    {
      name: 'accessToken',
      type: 'text',
      virtual: true,
      label: { vi: 'Mã truy cập trang (Page access token)', en: 'Page access token' },
      access: { read: nobody },
      admin: {
        condition: (data) => data?.kind === 'facebook_page',
        description: {
          vi: 'Chỉ ghi, không bao giờ hiển thị lại. Để trống nếu không đổi.',
          en: 'Write-only, never shown again. Leave empty to keep the current one.',
        },
      },
    },
    {
      name: 'accessTokenSealed',
      type: 'text',
      hidden: true,
      access: { read: nobody, create: nobody, update: nobody },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { vi: 'Đang dùng', en: 'Enabled' } },
    {
      name: 'needsReconnect',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Cần kết nối lại (token hết hạn)', en: 'Needs reconnect' },
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
