import type { CollectionConfig } from 'payload'

import { canCreateAsBoard, isBoardOrAdmin } from '../access/isBoard'
import { refuseDirectStageWrite } from '../hooks/contests/refuseDirectStageWrite'
import { contestTransitionEndpoint } from '../src/contests/endpoints/transitions'
import { submitEntryEndpoint, withdrawEntryEndpoint } from '../src/contests/endpoints/publicEntries'
import { CONTEST_KIND_LABELS, CONTEST_STAGE_LABELS, optionsOf } from '../src/contests/labels'
import { belongsToPage } from './fields/belongsToPage'

/**
 * An online contest run through the page: its rules, who may enter and until when, the jury and
 * rubric, how the result is computed, and its stage (changed only by the contest's transitions).
 */
export const Contests: CollectionConfig = belongsToPage({
  slug: 'contests',
  labels: { singular: { vi: 'Cuộc thi', en: 'Contest' }, plural: { vi: 'Cuộc thi trực tuyến', en: 'Online contests' } },
  defaultPopulate: { title: true, slug: true },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'stage', 'opensAt', 'closesAt'],
    group: { vi: 'Cuộc thi', en: 'Contests' },
  },
  access: { create: canCreateAsBoard, read: isBoardOrAdmin, update: isBoardOrAdmin, delete: isBoardOrAdmin },
  endpoints: [contestTransitionEndpoint, submitEntryEndpoint, withdrawEntryEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên cuộc thi', en: 'Title' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      label: { vi: 'Đường dẫn (/cuoc-thi/…)', en: 'Slug (/cuoc-thi/…)' },
    },
    { name: 'rules', type: 'richText', label: { vi: 'Thể lệ', en: 'Rules' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'photo',
      options: optionsOf(CONTEST_KIND_LABELS),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'eligibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: [
        { value: 'members', label: { vi: 'Cán bộ, đảng viên', en: 'Members' } },
        { value: 'public', label: { vi: 'Mọi người', en: 'Public' } },
      ],
      label: { vi: 'Đối tượng dự thi', en: 'Who may enter' },
    },
    { name: 'opensAt', type: 'date', required: true, label: { vi: 'Mở nhận bài', en: 'Opens at' } },
    { name: 'closesAt', type: 'date', required: true, label: { vi: 'Hạn cuối', en: 'Closes at' } },
    {
      name: 'entriesPerPerson',
      type: 'number',
      defaultValue: 1,
      min: 1,
      label: { vi: 'Số bài mỗi người', en: 'Entries per person' },
    },
    {
      name: 'maxPhotos',
      type: 'number',
      defaultValue: 5,
      min: 1,
      label: { vi: 'Số ảnh tối đa mỗi bài', en: 'Photos per entry' },
    },
    { name: 'maxWords', type: 'number', min: 1, label: { vi: 'Số chữ tối đa', en: 'Words per entry' } },
    { name: 'hashtag', type: 'text', label: { vi: 'Hashtag', en: 'Hashtag' } },
    {
      name: 'jury',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { vi: 'Ban giám khảo', en: 'Jury' },
    },
    {
      name: 'rubric',
      type: 'array',
      label: { vi: 'Tiêu chí chấm', en: 'Rubric' },
      labels: { singular: { vi: 'Tiêu chí', en: 'Criterion' }, plural: { vi: 'Tiêu chí', en: 'Criteria' } },
      fields: [
        { name: 'criterion', type: 'text', required: true, label: { vi: 'Tiêu chí', en: 'Criterion' } },
        {
          name: 'weight',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 0,
          label: { vi: 'Trọng số', en: 'Weight' },
        },
        {
          name: 'maxPoints',
          type: 'number',
          required: true,
          defaultValue: 10,
          min: 1,
          label: { vi: 'Điểm tối đa', en: 'Max points' },
        },
      ],
    },
    {
      name: 'resultFormula',
      type: 'select',
      required: true,
      defaultValue: 'jury_only',
      options: [
        { value: 'jury_only', label: { vi: 'Chỉ điểm giám khảo', en: 'Jury only' } },
        { value: 'jury_and_votes', label: { vi: 'Giám khảo và bình chọn', en: 'Jury and public votes' } },
      ],
      label: { vi: 'Cách tính kết quả', en: 'Result formula' },
    },
    {
      name: 'votesWeight',
      type: 'number',
      defaultValue: 0,
      min: 0,
      max: 100,
      label: { vi: 'Tỷ trọng bình chọn (%)', en: 'Votes weight (%)' },
    },
    {
      name: 'prizes',
      type: 'array',
      label: { vi: 'Giải thưởng', en: 'Prizes' },
      labels: { singular: { vi: 'Giải', en: 'Prize' }, plural: { vi: 'Giải thưởng', en: 'Prizes' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { vi: 'Tên giải', en: 'Prize' } },
        {
          name: 'count',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 1,
          label: { vi: 'Số giải', en: 'How many' },
        },
      ],
    },
    {
      name: 'publishMode',
      type: 'select',
      defaultValue: 'post_each',
      options: [
        { value: 'post_each', label: { vi: 'Mỗi bài một bài đăng', en: 'One post per entry' } },
        { value: 'album_batch', label: { vi: 'Album theo đợt', en: 'An album per batch' } },
      ],
      label: { vi: 'Đăng bài dự thi', en: 'Posting entries' },
    },
    {
      name: 'channels',
      type: 'relationship',
      relationTo: 'channels',
      hasMany: true,
      label: { vi: 'Kênh đăng', en: 'Channels' },
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: optionsOf(CONTEST_STAGE_LABELS),
      label: { vi: 'Giai đoạn', en: 'Stage' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: { Field: '/src/admin/contests/ContestStagePanel#ContestStagePanel' },
      },
      hooks: { beforeChange: [refuseDirectStageWrite('draft')] },
    },
    {
      // The last entry number given: taken by one atomic increment per entry (src/contests/submitEntry.ts).
      name: 'lastEntryNumber',
      type: 'number',
      defaultValue: 0,
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'votesFrozenAt',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Chốt bình chọn lúc', en: 'Votes frozen at' },
    },
    {
      name: 'announcement',
      type: 'relationship',
      relationTo: 'stories',
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Bài công bố kết quả', en: 'Results story' },
    },
  ],
})
