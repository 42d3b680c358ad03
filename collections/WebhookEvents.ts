import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

/**
 * Every verified webhook delivery, stored raw before it is answered: Meta retries for 36 hours, so
 * `dedupeKey` makes a replay a no-op, and processing can be redone from what was stored.
 */
export const WebhookEvents: CollectionConfig = belongsToPage({
  slug: 'webhook-events',
  labels: {
    singular: { vi: 'Sự kiện webhook', en: 'Webhook event' },
    plural: { vi: 'Sự kiện webhook', en: 'Webhook events' },
  },
  admin: {
    useAsTitle: 'dedupeKey',
    group: { vi: 'Quản trị', en: 'Administration' },
    defaultColumns: ['dedupeKey', 'receivedAt', 'processedAt', 'error'],
  },
  access: { create: nobody, read: isAdmin, update: nobody, delete: isAdmin },
  fields: [
    { name: 'dedupeKey', type: 'text', required: true, unique: true },
    { name: 'payload', type: 'json', required: true },
    { name: 'receivedAt', type: 'date', required: true },
    { name: 'processedAt', type: 'date', index: true },
    { name: 'error', type: 'text' },
  ],
})
