import type { CollectionConfig } from 'payload'

import { canReadPages } from '../access/canReadPages'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdmin } from '../access/isAdmin'
import { refuseBadPagePlace } from '../hooks/pages/refuseBadPagePlace'
import { DEFAULT_SLOTS } from '../globals/DutySettings'

export const PAGE_LEVELS = ['district', 'grassroots'] as const

/**
 * One fanpage the installation serves, with its own team, areas, channels, roster and inbox: the
 * district page and the grassroots pages below it (communes, party cells, agencies).
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { vi: 'Trang', en: 'Page' }, plural: { vi: 'Mạng lưới trang', en: 'Pages' } },
  defaultPopulate: { name: true, slug: true, level: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'parent', 'slug'],
    group: { vi: 'Quản trị', en: 'Administration' },
    hidden: hiddenFromAllBut(['admin']),
  },
  access: { create: isAdmin, read: canReadPages, update: isAdmin, delete: isAdmin },
  hooks: { beforeValidate: [refuseBadPagePlace] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên trang', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Đường dẫn', en: 'Slug' },
      admin: {
        description: {
          vi: 'Chữ thường không dấu, số và gạch ngang; tin của trang xem tại /p/<đường dẫn>.',
          en: 'Lowercase letters, digits and dashes; the local feed is at /p/<slug>.',
        },
      },
    },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'grassroots',
      options: [
        { value: 'district', label: { vi: 'Trang huyện', en: 'District page' } },
        { value: 'grassroots', label: { vi: 'Trang cơ sở', en: 'Grassroots page' } },
      ],
      label: { vi: 'Cấp', en: 'Level' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: { vi: 'Trang cấp trên', en: 'Parent page' },
      admin: { condition: (data) => data?.level === 'grassroots' },
    },
    {
      name: 'units',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { vi: 'Đơn vị', en: 'Units' },
    },
    {
      name: 'dutySlots',
      type: 'array',
      label: { vi: 'Khung giờ trực trong ngày', en: 'Daily duty slots' },
      labels: { singular: { vi: 'Ca trực', en: 'Slot' }, plural: { vi: 'Ca trực', en: 'Slots' } },
      admin: { components: { RowLabel: '/src/admin/roster/SlotRowLabel#SlotRowLabel' } },
      defaultValue: DEFAULT_SLOTS,
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Tên ca', en: 'Name' } },
        { name: 'start', type: 'text', required: true, label: { vi: 'Bắt đầu (HH:mm)', en: 'Start (HH:mm)' } },
        { name: 'end', type: 'text', required: true, label: { vi: 'Kết thúc (HH:mm)', en: 'End (HH:mm)' } },
      ],
    },
    {
      name: 'responseTargetMinutes',
      type: 'number',
      defaultValue: 30,
      min: 1,
      label: { vi: 'Thời hạn trả lời (phút)', en: 'Response target (minutes)' },
    },
  ],
}
