import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isLoggedIn } from '../access/isLoggedIn'

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { vi: 'Đơn vị', en: 'Unit' }, plural: { vi: 'Đơn vị', en: 'Units' } },
  admin: { useAsTitle: 'name', group: { vi: 'Quản trị', en: 'Administration' } },
  access: { create: isAdmin, read: isLoggedIn, update: isAdmin, delete: isAdmin },
  fields: [{ name: 'name', type: 'text', required: true, unique: true, label: { vi: 'Tên đơn vị', en: 'Name' } }],
}
