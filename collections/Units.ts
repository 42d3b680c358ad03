import type { CollectionConfig } from 'payload'

import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdmin } from '../access/isAdmin'
import { isLoggedIn } from '../access/isLoggedIn'

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { vi: 'Đơn vị', en: 'Unit' }, plural: { vi: 'Đơn vị', en: 'Units' } },
  // Read where a member's unit is shown (their account); managed by admins only.
  defaultPopulate: { name: true },
  admin: { useAsTitle: 'name', group: { vi: 'Quản trị', en: 'Administration' }, hidden: hiddenFromAllBut(['admin']) },
  access: { create: isAdmin, read: isLoggedIn, update: isAdmin, delete: isAdmin },
  fields: [{ name: 'name', type: 'text', required: true, unique: true, label: { vi: 'Tên đơn vị', en: 'Name' } }],
}
