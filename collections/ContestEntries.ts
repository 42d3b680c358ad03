import type { CollectionConfig } from 'payload'

import { canModerateEntries } from '../access/canModerateEntries'
import { isBoardOrAdmin, isBoardOrAdminField } from '../access/isBoard'
import { refuseDirectStageWrite } from '../hooks/contests/refuseDirectStageWrite'
import { entryTransitionEndpoint } from '../src/contests/endpoints/transitions'
import { voteEndpoint } from '../src/contests/endpoints/vote'
import { ENTRY_STAGE_LABELS, optionsOf } from '../src/contests/labels'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

/** Entrants' contact details: read by their page's board and admins only, never by moderators or jurors. */
const contactOnly = { read: isBoardOrAdminField, update: nobody, create: nobody }

/**
 * One entry of a contest: who entered (a member, or a member of the public by their contact — never
 * shown publicly), the work itself, and its way through moderation, posting, votes and judging.
 */
export const ContestEntries: CollectionConfig = belongsToPage(
  {
    slug: 'contest-entries',
    labels: {
      singular: { vi: 'Bài dự thi', en: 'Contest entry' },
      plural: { vi: 'Bài dự thi', en: 'Contest entries' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['number', 'title', 'contest', 'stage', 'votes'],
      group: { vi: 'Cuộc thi', en: 'Contests' },
    },
    access: { create: nobody, read: canModerateEntries, update: isBoardOrAdmin, delete: nobody },
    endpoints: [entryTransitionEndpoint, voteEndpoint],
    indexes: [
      { fields: ['contest', 'number'], unique: true },
      { fields: ['contest', 'stage'] },
      { fields: ['contest', 'contactKey'] },
    ],
    fields: [
      {
        name: 'contest',
        type: 'relationship',
        relationTo: 'contests',
        required: true,
        index: true,
        label: { vi: 'Cuộc thi', en: 'Contest' },
      },
      { name: 'number', type: 'number', label: { vi: 'Số báo danh', en: 'Entry number' }, admin: { readOnly: true } },
      { name: 'title', type: 'text', required: true, label: { vi: 'Tên tác phẩm', en: 'Title' } },
      { name: 'story', type: 'textarea', label: { vi: 'Câu chuyện / thuyết minh', en: 'Story' } },
      { name: 'text', type: 'textarea', label: { vi: 'Nội dung bài viết', en: 'Text' } },
      { name: 'link', type: 'text', label: { vi: 'Đường dẫn video', en: 'Video link' } },
      { name: 'photos', type: 'relationship', relationTo: 'media', hasMany: true, label: { vi: 'Ảnh', en: 'Photos' } },
      {
        name: 'member',
        type: 'relationship',
        relationTo: 'members',
        label: { vi: 'Đảng viên dự thi', en: 'Member entrant' },
      },
      {
        name: 'entrant',
        type: 'group',
        label: { vi: 'Người dự thi', en: 'Entrant' },
        fields: [
          { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Name' } },
          { name: 'phone', type: 'text', access: contactOnly, label: { vi: 'Số điện thoại', en: 'Phone' } },
          { name: 'email', type: 'email', access: contactOnly, label: { vi: 'Email', en: 'Email' } },
          { name: 'place', type: 'text', label: { vi: 'Đơn vị / xã', en: 'Unit / commune' } },
          { name: 'unit', type: 'relationship', relationTo: 'units', label: { vi: 'Chi bộ', en: 'Party cell' } },
        ],
      },
      // The entrant's phone or email in one normal form: entries per person are counted by it.
      { name: 'contactKey', type: 'text', access: contactOnly, admin: { hidden: true } },
      { name: 'consentRules', type: 'checkbox', label: { vi: 'Đồng ý thể lệ', en: 'Accepts the rules' } },
      { name: 'consentPublication', type: 'checkbox', label: { vi: 'Đồng ý cho đăng', en: 'Agrees to publication' } },
      // The digest of the code given to the entrant (src/contests/confirmation.ts), never the code.
      { name: 'confirmationCode', type: 'text', access: contactOnly, admin: { hidden: true } },
      {
        name: 'stage',
        type: 'select',
        required: true,
        defaultValue: 'submitted',
        options: optionsOf(ENTRY_STAGE_LABELS),
        label: { vi: 'Trạng thái', en: 'Stage' },
        admin: { readOnly: true, position: 'sidebar' },
        hooks: { beforeChange: [refuseDirectStageWrite('submitted')] },
      },
      { name: 'rejectionReason', type: 'text', label: { vi: 'Lý do không duyệt', en: 'Rejection reason' } },
      { name: 'imageHashes', type: 'json', admin: { hidden: true } },
      {
        name: 'duplicateOf',
        type: 'relationship',
        relationTo: 'contest-entries',
        hasMany: true,
        label: { vi: 'Trùng ảnh với', en: 'Same image as' },
        admin: { readOnly: true },
      },
      {
        name: 'publication',
        type: 'relationship',
        relationTo: 'publications',
        admin: { readOnly: true },
        label: { vi: 'Bài đăng', en: 'Post' },
      },
      {
        name: 'votes',
        type: 'number',
        defaultValue: 0,
        label: { vi: 'Lượt bình chọn', en: 'Votes' },
        admin: { readOnly: true },
      },
      { name: 'votesFrozen', type: 'checkbox', defaultValue: false, admin: { hidden: true } },
      {
        name: 'juryScore',
        type: 'number',
        label: { vi: 'Điểm giám khảo', en: 'Jury score' },
        admin: { readOnly: true },
      },
      { name: 'finalScore', type: 'number', label: { vi: 'Điểm tổng', en: 'Final score' }, admin: { readOnly: true } },
      { name: 'rank', type: 'number', label: { vi: 'Xếp hạng', en: 'Rank' }, admin: { readOnly: true } },
      { name: 'prize', type: 'text', label: { vi: 'Giải', en: 'Prize' }, admin: { readOnly: true } },
      { name: 'withdrawnAt', type: 'date', admin: { readOnly: true }, label: { vi: 'Rút lúc', en: 'Withdrawn at' } },
    ],
  },
  { field: 'contest', collection: 'contests' },
)
