import type { CollectionConfig } from 'payload'

import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdmin } from '../access/isAdmin'
import { inOwnPages } from '../access/pageAccess'
import { belongsToPage } from './fields/belongsToPage'

export const Areas: CollectionConfig = belongsToPage({
  slug: 'areas',
  labels: {
    singular: { vi: 'Mảng nội dung', en: 'Content area' },
    plural: { vi: 'Mảng nội dung', en: 'Content areas' },
  },
  // A page's members pick one of its areas in the story form; only admins manage the list.
  // Wherever an area is populated it is shown by name (its hashtags are asked for by name).
  defaultPopulate: { name: true },
  admin: { useAsTitle: 'name', group: { vi: 'Quản trị', en: 'Administration' }, hidden: hiddenFromAllBut(['admin']) },
  // Each page has its own areas, often of the same names.
  indexes: [{ fields: ['page', 'name'], unique: true }],
  access: { create: isAdmin, read: inOwnPages, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên mảng', en: 'Name' } },
    {
      name: 'hashtags',
      type: 'text',
      label: { vi: 'Hashtag khi đăng', en: 'Hashtags' },
      admin: { description: { vi: 'Cách nhau bởi dấu cách, ví dụ: #PhuRieng #XayDungDang', en: 'Space separated' } },
    },
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
  ],
})
