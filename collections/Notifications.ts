import type { CollectionConfig } from 'payload'

import { isOwnNotification } from '../access/isOwnNotification'
import { NOTIFICATION_KIND_LABELS } from '../src/notifications/kinds'
import { optionsFrom } from '../src/workflow/labels'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

/**
 * In-app notifications, written in the same transaction as the change that caused them; the email
 * state makes this table the outbox a background sender works from after commit.
 */
export const Notifications: CollectionConfig = belongsToPage({
  slug: 'notifications',
  labels: { singular: { vi: 'Thông báo', en: 'Notification' }, plural: { vi: 'Thông báo', en: 'Notifications' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'createdAt', 'readAt'],
    hidden: true,
    enableListViewSelectAPI: true,
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isOwnNotification, update: isOwnNotification, delete: nobody },
  indexes: [{ fields: ['user', 'readAt'] }, { fields: ['emailState', 'emailNextAttemptAt'] }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, access: { update: nobody } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: optionsFrom(NOTIFICATION_KIND_LABELS),
      access: { update: nobody },
    },
    { name: 'title', type: 'text', required: true, access: { update: nobody } },
    { name: 'body', type: 'textarea', access: { update: nobody } },
    { name: 'link', type: 'text', access: { update: nobody } },
    // Links out of the admin (`NoticeLink[]`): where a published story can be read.
    { name: 'links', type: 'json', access: { update: nobody } },
    // Storage names of files for the email (`NoticeAttachment[]`): the server's business only.
    { name: 'attachments', type: 'json', access: { read: nobody, update: nobody }, admin: { hidden: true } },
    { name: 'readAt', type: 'date' },
    {
      name: 'emailState',
      type: 'select',
      defaultValue: 'pending',
      options: ['pending', 'sending', 'sent', 'failed', 'muted'],
      access: { update: nobody },
    },
    { name: 'emailAttempts', type: 'number', defaultValue: 0, access: { update: nobody } },
    { name: 'emailNextAttemptAt', type: 'date', access: { update: nobody } },
    { name: 'emailError', type: 'text', access: { update: nobody } },
  ],
})
