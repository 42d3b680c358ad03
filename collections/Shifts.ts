import type { CollectionConfig } from 'payload'

import { canCreateAsBoard, isBoardOrAdmin } from '../access/isBoard'
import { isDutyBoardOrAdmin } from '../access/isDutyOrBoard'
import { rosterEndpoints } from '../src/roster/endpoints'
import { belongsToPage } from './fields/belongsToPage'

/**
 * One duty slot on one day. `startsAt`/`endsAt` are absolute instants (the slot's local times in
 * Asia/Ho_Chi_Minh), so "who is on duty now" is a plain range query.
 */
export const Shifts: CollectionConfig = belongsToPage({
  slug: 'shifts',
  labels: { singular: { vi: 'Ca trực', en: 'Shift' }, plural: { vi: 'Lịch trực', en: 'Duty roster' } },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['day', 'slot', 'members'],
    group: { vi: 'Trực trang', en: 'Fanpage duty' },
    // Rows are made a week at a time by the roster view; the list is for looking things up.
    components: { beforeListTable: ['/src/admin/roster/RosterLink#RosterLink'] },
  },
  defaultSort: 'startsAt',
  endpoints: rosterEndpoints,
  access: { create: canCreateAsBoard, read: isDutyBoardOrAdmin, update: isBoardOrAdmin, delete: isBoardOrAdmin },
  indexes: [{ fields: ['page', 'day', 'slot'], unique: true }, { fields: ['startsAt', 'endsAt'] }],
  fields: [
    { name: 'label', type: 'text', admin: { hidden: true } },
    { name: 'day', type: 'text', required: true, label: { vi: 'Ngày (YYYY-MM-DD)', en: 'Day (YYYY-MM-DD)' } },
    { name: 'slot', type: 'text', required: true, label: { vi: 'Khung giờ', en: 'Slot' } },
    { name: 'startsAt', type: 'date', required: true, label: { vi: 'Bắt đầu', en: 'Starts at' } },
    { name: 'endsAt', type: 'date', required: true, label: { vi: 'Kết thúc', en: 'Ends at' } },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { vi: 'Người trực', en: 'On duty' },
      filterOptions: { roles: { contains: 'duty' } },
    },
    { name: 'nextAssignee', type: 'number', defaultValue: 0, admin: { hidden: true } },
  ],
})
