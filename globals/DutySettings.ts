import type { GlobalConfig } from 'payload'

import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdmin } from '../access/isAdmin'
import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'

export const DEFAULT_SLOTS = [
  { name: 'Sáng', start: '06:00', end: '11:00' },
  { name: 'Chiều', start: '11:00', end: '17:00' },
  { name: 'Tối', start: '17:00', end: '22:00' },
]

/** The day's duty slots (local time, Asia/Ho_Chi_Minh) and the response target, set by admins. */
export const DutySettings: GlobalConfig = {
  slug: 'duty-settings',
  label: { vi: 'Cài đặt trực trang', en: 'Duty settings' },
  // The duty team and the board see the slots in the roster; admins set them here.
  admin: { group: { vi: 'Trực trang', en: 'Fanpage duty' }, hidden: hiddenFromAllBut(['admin']) },
  access: { read: ({ req }) => hasAnyRole(toActor(req.user), ['duty', 'board', 'admin']), update: isAdmin },
  fields: [
    {
      name: 'slots',
      type: 'array',
      label: { vi: 'Khung giờ trực trong ngày', en: 'Daily slots' },
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
