import type { CollectionConfig, FieldAccess } from 'payload'

import { canReadChannels, canReadPageId } from '../access/canReadChannels'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { readFacebookPageId, storeFacebookPageId } from '../hooks/channels/facebookPageId'
import { markStoredToken } from '../hooks/channels/markStoredToken'
import { neverReturnToken } from '../hooks/channels/neverReturnToken'
import { sealAccessToken } from '../hooks/channels/sealAccessToken'
import { checkChannelEndpoint, checkConnectionEndpoint } from '../src/endpoints/checkChannel'
import { metricsScheduleFields, unsupportedMetricsField } from '../src/insights/scheduleFields'
import { belongsToPage } from './fields/belongsToPage'

const nobody: FieldAccess = () => false
const isFacebookPage = (data: { kind?: unknown } | undefined) => data?.kind === 'facebook_page'
const flagCell = (on: string, off: string) => ({
  path: '/src/admin/cells/FlagCell#FlagCell',
  clientProps: { on: `newsroom:${on}`, off: `newsroom:${off}` },
})

export const Channels: CollectionConfig = belongsToPage({
  slug: 'channels',
  defaultPopulate: { name: true, kind: true },
  labels: { singular: { vi: 'Kênh đăng', en: 'Channel' }, plural: { vi: 'Kênh đăng', en: 'Channels' } },
  admin: {
    useAsTitle: 'name',
    group: { vi: 'Quản trị', en: 'Administration' },
    // The board checks connections and sees reconnect alerts; editors only read channel names.
    hidden: hiddenFromAllBut(['admin', 'board']),
    defaultColumns: ['name', 'kind', 'enabled', 'needsReconnect'],
    description: {
      vi: 'Nơi bài được đăng. Mở một kênh để kiểm tra kết nối với Facebook.',
      en: 'Where stories are published. Open a channel to check its Facebook connection.',
    },
  },
  access: { create: isAdmin, read: canReadChannels, update: isAdmin, delete: isAdmin },
  endpoints: [checkChannelEndpoint, checkConnectionEndpoint],
  hooks: { beforeChange: [sealAccessToken] },
  fields: [
    // Presentation only (no column): the reconnect banner and, for the board, the connection check.
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
      virtual: true,
      label: { vi: 'Mã trang (Page ID)', en: 'Page ID' },
      access: { read: canReadPageId },
      hooks: { beforeChange: [storeFacebookPageId], afterRead: [readFacebookPageId] },
      // The admin form edits the stored field below (Payload shows a virtual field read-only).
      admin: { disabled: true },
    },
    {
      name: 'facebookPageId',
      type: 'text',
      index: true,
      label: { vi: 'Mã trang (Page ID)', en: 'Page ID' },
      access: { read: canReadPageId },
      admin: { condition: isFacebookPage },
    },
    {
      // Write-only: virtual (never stored as typed), sealed by `sealAccessToken`, emptied on every
      // read. Admins get the input, with "check connection" for the page id and token as typed.
      name: 'accessToken',
      type: 'text',
      virtual: true,
      label: { vi: 'Mã truy cập trang (Page access token)', en: 'Page access token' },
      access: { read: isAdminField },
      hooks: { afterRead: [neverReturnToken] },
      admin: {
        condition: isFacebookPage,
        components: { Field: '/src/admin/channels/TokenField#TokenField' },
      },
    },
    {
      name: 'tokenStored',
      type: 'checkbox',
      virtual: true,
      access: { create: nobody, update: nobody },
      admin: { hidden: true },
    },
    {
      // Not `hidden`: Payload drops hidden values before any hook could tell whether one is stored.
      // Unreadable instead (and absent from the admin), so no client ever gets it.
      name: 'accessTokenSealed',
      type: 'text',
      access: { read: nobody, create: nobody, update: nobody },
      hooks: { afterRead: [markStoredToken] },
      admin: { disabled: true },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Đang dùng', en: 'Enabled' },
      admin: { components: { Cell: flagCell('channelOn', 'channelOff') } },
    },
    {
      name: 'needsReconnect',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Cần kết nối lại (token hết hạn)', en: 'Needs reconnect' },
      access: { create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: { Cell: flagCell('needsReconnect', 'connectionFine') },
      },
    },
    ...metricsScheduleFields(),
    unsupportedMetricsField(),
  ],
})
