import type { CollectionConfig, FieldAccess } from 'payload'

import { canCreateStories } from '../access/canCreateStories'
import { canDeleteStories } from '../access/canDeleteStories'
import { canReadStories } from '../access/canReadStories'
import { canUpdateStories } from '../access/canUpdateStories'
import { isBoardOrAdminField } from '../access/isBoard'
import { refuseDirectWorkflowWrite } from '../hooks/stories/refuseDirectWorkflowWrite'
import { recordContentEditor } from '../hooks/stories/recordContentEditor'
import { refuseFrozenChange } from '../hooks/stories/refuseFrozenChange'
import { refuseUnsafeTitle } from '../hooks/stories/refuseUnsafeTitle'
import { refusePublishingChoiceByOthers } from '../hooks/stories/refusePublishingChoiceByOthers'
import { setAuthorFromCreator } from '../hooks/stories/setAuthorFromCreator'
import { stampStageChange } from '../hooks/stories/stampStageChange'
import { transitionEndpoint, workflowStateEndpoint } from '../src/endpoints/storyTransition'
import { FORMAT_LABELS, HISTORY_EVENT_LABELS, STAGE_LABELS, optionsFrom } from '../src/workflow/labels'
import { isContentFrozen } from '../src/workflow/sharing'
import { DAY_AND_TIME } from '../src/admin/dateFormat'
import { toActor } from '../src/auth/actor'
import { hasAnyRole } from '../src/workflow/roles'
import { belongsToPage } from './fields/belongsToPage'
import { historyOtherPage, sharingFields } from '../src/sharing/fields'
import { shareEndpoints } from '../src/endpoints/shareStory'

const serverOnly: FieldAccess = () => false
// Payload's relationship cell often stays "‹Không có …›" on a phone (src/admin/RelationTitleCell.tsx).
const RELATION_TITLE_CELL = '/src/admin/RelationTitleCell#RelationTitleCell'
const editableUntilApproved: FieldAccess = ({ doc }) => !isContentFrozen(doc)
const frozenFromApproval = {
  access: { update: editableUntilApproved },
  hooks: { beforeValidate: [refuseFrozenChange] },
}
const workflowOwned = { access: { update: serverOnly }, hooks: { beforeValidate: [refuseDirectWorkflowWrite] } }
/** Channels and publish time prefill the board's `schedule`: only the board and admins set or see them. */
const boardsChoice = {
  access: { create: isBoardOrAdminField, update: isBoardOrAdminField },
  hooks: { beforeValidate: [refusePublishingChoiceByOthers] },
}
const shownToBoard = (_data: unknown, _siblingData: unknown, { user }: { user: unknown }) =>
  hasAnyRole(toActor(user), ['board', 'admin'])

export const Stories: CollectionConfig = belongsToPage({
  slug: 'stories',
  labels: { singular: { vi: 'Bài viết', en: 'Story' }, plural: { vi: 'Bài viết', en: 'Stories' } },
  // A story related from elsewhere (a publication, an inbox item) shows by its title: never its body or history.
  defaultPopulate: { title: true },
  admin: {
    useAsTitle: 'title',
    // The list view asks for its columns only, not whole documents.
    enableListViewSelectAPI: true,
    defaultColumns: ['title', 'stage', 'area', 'author', 'stageChangedAt'],
    listSearchableFields: ['title', 'summary'],
    components: {
      beforeListTable: ['/src/admin/QueueTabs#QueueTabs'],
    },
  },
  defaultSort: '-updatedAt',
  access: {
    create: canCreateStories,
    read: canReadStories,
    update: canUpdateStories,
    delete: canDeleteStories,
  },
  indexes: [
    // An area's queue, sorted; `page` and `author` ride along so that the queue's count under the
    // editors' read rule (page, own story or own area) is answered from the index alone.
    { fields: ['area', 'stage', 'stageChangedAt', 'page', 'author'] },
    { fields: ['page', 'stage', 'stageChangedAt'] },
  ],
  endpoints: [transitionEndpoint, workflowStateEndpoint, ...shareEndpoints],
  hooks: {
    beforeChange: [stampStageChange, recordContentEditor],
  },
  fields: [
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: optionsFrom(STAGE_LABELS),
      label: { vi: 'Trạng thái', en: 'Stage' },
      ...workflowOwned,
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Field: '/src/admin/WorkflowPanel#WorkflowPanel', Cell: '/src/admin/StageBadge#StageCell' },
      },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Tiêu đề', en: 'Title' },
      access: frozenFromApproval.access,
      hooks: { beforeValidate: [...frozenFromApproval.hooks.beforeValidate, refuseUnsafeTitle] },
      admin: { description: { vi: 'Tối đa 250 ký tự.', en: 'At most 250 characters.' } },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Sa-pô (tóm tắt)', en: 'Summary' },
      ...frozenFromApproval,
    },
    {
      name: 'body',
      type: 'richText',
      label: { vi: 'Nội dung', en: 'Body' },
      ...frozenFromApproval,
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { vi: 'Ảnh (theo thứ tự đăng)', en: 'Photos (in posting order)' },
      ...frozenFromApproval,
      // Reviewers judge the pictures with their captions and credits, not by file name.
      admin: { components: { afterInput: ['/src/admin/photos/StoryPhotos#StoryPhotos'] } },
    },
    {
      name: 'falseClaim',
      type: 'group',
      label: { vi: 'Thông tin sai cần phản bác', en: 'The false claim' },
      admin: { condition: (data) => data?.format === 'rebuttal' },
      fields: [
        { name: 'text', type: 'textarea', label: { vi: 'Nội dung tin sai', en: 'Claim' }, ...frozenFromApproval },
        { name: 'link', type: 'text', label: { vi: 'Đường dẫn tin sai', en: 'Link' }, ...frozenFromApproval },
        {
          name: 'screenshot',
          type: 'upload',
          relationTo: 'media',
          label: { vi: 'Ảnh chụp màn hình', en: 'Screenshot' },
          ...frozenFromApproval,
        },
      ],
    },
    {
      name: 'officialSources',
      type: 'array',
      label: { vi: 'Nguồn chính thức đã kiểm chứng', en: 'Verified official sources' },
      labels: { singular: { vi: 'Nguồn', en: 'Source' }, plural: { vi: 'Nguồn', en: 'Sources' } },
      admin: { condition: (data) => data?.format === 'rebuttal' },
      ...frozenFromApproval,
      fields: [
        { name: 'url', type: 'text', required: true, label: { vi: 'Đường dẫn', en: 'URL' } },
        { name: 'title', type: 'text', label: { vi: 'Tên nguồn', en: 'Title' } },
      ],
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'news',
      options: optionsFrom(FORMAT_LABELS),
      label: { vi: 'Thể loại', en: 'Format' },
      ...frozenFromApproval,
      admin: { position: 'sidebar' },
    },
    {
      name: 'area',
      type: 'relationship',
      relationTo: 'areas',
      label: { vi: 'Mảng nội dung', en: 'Content area' },
      ...frozenFromApproval,
      admin: {
        position: 'sidebar',
        description: { vi: 'Bắt buộc khi gửi bài.', en: 'Required to submit.' },
        components: { Cell: RELATION_TITLE_CELL },
      },
    },
    {
      name: 'channels',
      type: 'relationship',
      relationTo: 'channels',
      hasMany: true,
      label: { vi: 'Kênh đăng', en: 'Channels' },
      ...boardsChoice,
      admin: { position: 'sidebar', condition: shownToBoard },
    },
    {
      name: 'publishAt',
      type: 'date',
      label: { vi: 'Thời điểm đăng', en: 'Publish at' },
      ...boardsChoice,
      admin: { position: 'sidebar', condition: shownToBoard, date: DAY_AND_TIME },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Tác giả', en: 'Author' },
      access: { update: serverOnly },
      hooks: { beforeValidate: [setAuthorFromCreator] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.id),
        components: { Cell: RELATION_TITLE_CELL },
      },
    },
    {
      // Four-eyes: whoever last changed the content may not approve it (hooks/stories/recordContentEditor).
      name: 'contentEditedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người sửa nội dung gần nhất', en: 'Content last changed by' },
      access: { create: serverOnly, update: serverOnly },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.contentEditedBy) },
    },
    {
      name: 'urgent',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Khẩn', en: 'Urgent' },
      ...workflowOwned,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.urgent) },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: { vi: 'Gửi lần đầu lúc', en: 'First submitted at' },
      ...workflowOwned,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.submittedAt),
        date: DAY_AND_TIME,
      },
    },
    {
      name: 'stageChangedAt',
      type: 'date',
      label: { vi: 'Vào trạng thái lúc', en: 'In stage since' },
      ...workflowOwned,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: DAY_AND_TIME,
      },
    },
    {
      name: 'history',
      type: 'array',
      label: { vi: 'Lịch sử xử lý', en: 'History' },
      ...workflowOwned,
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'action', type: 'select', required: true, options: optionsFrom(HISTORY_EVENT_LABELS) },
        { name: 'from', type: 'select', required: true, options: optionsFrom(STAGE_LABELS) },
        { name: 'to', type: 'select', required: true, options: optionsFrom(STAGE_LABELS) },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date', required: true },
        { name: 'note', type: 'textarea' },
        historyOtherPage,
      ],
    },
    {
      // What the board approved, photos included (src/publishing/approved): what goes out is read
      // from here, so nothing changed afterwards reaches a post. Written only by the approval.
      name: 'approvedContent',
      type: 'json',
      access: { read: serverOnly, create: serverOnly, update: serverOnly },
      admin: { hidden: true },
    },
    // Sharing between pages (src/sharing): the credits of a shared story and a district offer's answer.
    ...sharingFields,
  ],
})
