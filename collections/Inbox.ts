import type { CollectionConfig } from 'payload'

import { canReadInbox } from '../access/canReadInbox'
import { isBoardOrAdmin } from '../access/isBoard'
import { inboxEndpoints } from '../src/inbox/endpoints'
import { markAssignedOnHandover, notifyNewAssignee } from '../src/inbox/hooks'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

export const INBOX_STATE_LABELS = {
  new: { vi: 'Mới', en: 'New' },
  assigned: { vi: 'Đã giao', en: 'Assigned' },
  replied: { vi: 'Đã trả lời', en: 'Replied' },
  escalated: { vi: 'Chuyển Ban Biên tập', en: 'Escalated' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
} as const

/** Comments and Messenger messages from the fanpage, filed by the webhook receiver. */
export const Inbox: CollectionConfig = belongsToPage(
  {
    slug: 'inbox',
    labels: { singular: { vi: 'Tương tác', en: 'Inbox item' }, plural: { vi: 'Hộp thư trực trang', en: 'Inbox' } },
    admin: {
      useAsTitle: 'text',
      defaultColumns: ['kind', 'text', 'state', 'assignee', 'receivedAt', 'dueAt'],
      group: { vi: 'Trực trang', en: 'Fanpage duty' },
      // The list view asks for its columns only, not whole documents.
      enableListViewSelectAPI: true,
    },
    // The deadline cell colours itself by the item's state, shown or not.
    forceSelect: { state: true },
    defaultSort: '-receivedAt',
    access: { create: nobody, read: canReadInbox, update: isBoardOrAdmin, delete: nobody },
    indexes: [{ fields: ['state', 'dueAt'] }],
    endpoints: inboxEndpoints,
    hooks: { beforeChange: [markAssignedOnHandover], afterChange: [notifyNewAssignee] },
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        options: [
          { value: 'comment', label: { vi: 'Bình luận', en: 'Comment' } },
          { value: 'message', label: { vi: 'Tin nhắn', en: 'Message' } },
        ],
        label: { vi: 'Loại', en: 'Kind' },
      },
      {
        name: 'text',
        type: 'textarea',
        label: { vi: 'Nội dung', en: 'Text' },
        // The edit view's panel shows the text with everything needed to answer it.
        admin: { components: { Field: '/src/admin/inbox/InboxPanel#InboxPanel' } },
      },
      {
        name: 'from',
        type: 'group',
        label: { vi: 'Người gửi', en: 'From' },
        fields: [
          // Not `id`: Payload's SQL schema skips fields named id, even inside a group.
          { name: 'senderId', type: 'text', label: { vi: 'Mã người gửi', en: 'Sender id' } },
          { name: 'name', type: 'text', label: { vi: 'Tên', en: 'Name' } },
        ],
      },
      {
        name: 'externalId',
        type: 'text',
        required: true,
        unique: true,
        label: { vi: 'Mã trên Facebook', en: 'External id' },
      },
      { name: 'facebookPageId', type: 'text', label: { vi: 'Mã trang Facebook', en: 'Facebook page id' } },
      { name: 'postId', type: 'text', index: true, label: { vi: 'Bài đăng', en: 'Post id' } },
      { name: 'parentId', type: 'text', label: { vi: 'Trả lời cho', en: 'Parent id' } },
      { name: 'receivedAt', type: 'date', required: true, label: { vi: 'Nhận lúc', en: 'Received at' } },
      { name: 'assignee', type: 'relationship', relationTo: 'users', label: { vi: 'Người xử lý', en: 'Assignee' } },
      {
        name: 'state',
        type: 'select',
        required: true,
        defaultValue: 'new',
        options: Object.entries(INBOX_STATE_LABELS).map(([value, label]) => ({ value, label })),
        label: { vi: 'Tình trạng', en: 'State' },
        admin: {
          components: {
            Field: '/src/admin/inbox/ShownInPanel#ShownInPanel',
            Cell: '/src/admin/inbox/InboxStateBadge#InboxStateCell',
          },
        },
      },
      {
        name: 'dueAt',
        type: 'date',
        label: { vi: 'Hạn trả lời', en: 'Reply due' },
        admin: { components: { Cell: '/src/admin/inbox/SlaCountdown#SlaCell' } },
      },
      { name: 'escalatedAt', type: 'date', label: { vi: 'Chuyển BBT lúc', en: 'Escalated at' } },
      { name: 'story', type: 'relationship', relationTo: 'stories', label: { vi: 'Bài viết liên quan', en: 'Story' } },
      { name: 'rebuttal', type: 'relationship', relationTo: 'stories', label: { vi: 'Bài phản bác', en: 'Rebuttal' } },
      {
        name: 'replies',
        type: 'array',
        label: { vi: 'Đã trả lời', en: 'Replies' },
        access: { create: nobody, update: nobody },
        admin: { components: { Field: '/src/admin/inbox/ShownInPanel#ShownInPanel' } },
        fields: [
          { name: 'text', type: 'textarea', required: true },
          { name: 'by', type: 'relationship', relationTo: 'users' },
          { name: 'at', type: 'date', required: true },
          { name: 'externalId', type: 'text' },
          { name: 'tag', type: 'text' },
        ],
      },
    ],
  },
  { field: 'story', collection: 'stories' },
)
