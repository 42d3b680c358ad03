import type { CollectionConfig } from 'payload'

import { canReadPublications } from '../access/canReadPublications'
import { publicationActionEndpoints } from '../src/endpoints/publicationActions'
import { PUBLICATION_STATE_LABELS } from '../src/publishing/states'
import { optionsFrom } from '../src/workflow/labels'
import { DAY_AND_TIME } from '../src/admin/dateFormat'
import { metricsScheduleFields } from '../src/insights/scheduleFields'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false
const RELATION_TITLE_CELL = '/src/admin/RelationTitleCell#RelationTitleCell'

/**
 * One row per story × channel: what the delivery engine sends, when, and what came of it. Clients
 * only read; the engine and the workflow write (with overrideAccess).
 */
export const Publications: CollectionConfig = belongsToPage(
  {
    slug: 'publications',
    labels: { singular: { vi: 'Lượt đăng', en: 'Publication' }, plural: { vi: 'Lượt đăng', en: 'Publications' } },
    admin: {
      useAsTitle: 'label',
      // The list view asks for its columns only, not whole documents.
      enableListViewSelectAPI: true,
      defaultColumns: ['story', 'channel', 'state', 'scheduledFor', 'attempts', 'lastError', 'permalink'],
      group: { vi: 'Đăng bài', en: 'Publishing' },
      description: {
        vi: 'Mỗi dòng là một bài trên một kênh. Lượt đăng lỗi hoặc chưa xác nhận: mở ra để thử lại hoặc hủy.',
        en: 'One row per story and channel. A failed or unconfirmed one: open it to retry or cancel.',
      },
      components: {
        beforeListTable: ['/src/admin/publications/PublicationFilters#PublicationFilters'],
        edit: { beforeDocumentControls: ['/src/admin/publications/PublicationActions#PublicationActions'] },
      },
    },
    defaultSort: '-scheduledFor',
    access: { create: nobody, read: canReadPublications, update: nobody, delete: nobody },
    indexes: [{ fields: ['story', 'channel'], unique: true }, { fields: ['state', 'scheduledFor'] }],
    endpoints: publicationActionEndpoints,
    fields: [
      { name: 'label', type: 'text', label: { vi: 'bài và kênh', en: 'story and channel' }, admin: { hidden: true } },
      {
        name: 'story',
        type: 'relationship',
        relationTo: 'stories',
        required: true,
        index: true,
        label: { vi: 'Bài viết', en: 'Story' },
        admin: { components: { Cell: RELATION_TITLE_CELL } },
      },
      {
        name: 'channel',
        type: 'relationship',
        relationTo: 'channels',
        required: true,
        label: { vi: 'Kênh', en: 'Channel' },
        admin: { components: { Cell: RELATION_TITLE_CELL } },
      },
      {
        name: 'state',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        options: optionsFrom(PUBLICATION_STATE_LABELS),
        label: { vi: 'Tình trạng', en: 'State' },
        admin: { components: { Cell: '/src/admin/publications/PublicationStateBadge#PublicationStateCell' } },
      },
      {
        name: 'scheduledFor',
        type: 'date',
        required: true,
        label: { vi: 'Giờ đăng', en: 'Scheduled for' },
        admin: { date: DAY_AND_TIME },
      },
      { name: 'externalId', type: 'text', label: { vi: 'Mã bài trên kênh', en: 'External post id' } },
      {
        name: 'permalink',
        type: 'text',
        label: { vi: 'Liên kết bài đăng', en: 'Permalink' },
        admin: { components: { Cell: '/src/admin/publications/PermalinkCell#PermalinkCell' } },
      },
      { name: 'attempts', type: 'number', defaultValue: 0, label: { vi: 'Số lần thử', en: 'Attempts' } },
      {
        name: 'lastError',
        type: 'text',
        label: { vi: 'Lỗi gần nhất', en: 'Last error' },
        admin: { components: { Cell: '/src/admin/publications/PermalinkCell#ErrorCell' } },
      },
      {
        name: 'publishedAt',
        type: 'date',
        label: { vi: 'Đăng lúc', en: 'Published at' },
        admin: { date: DAY_AND_TIME },
      },
      {
        type: 'collapsible',
        label: { vi: 'Chi tiết kỹ thuật', en: 'Delivery internals' },
        admin: { initCollapsed: true },
        fields: [
          { name: 'nextAttemptAt', type: 'date', label: { vi: 'Thử lại lúc', en: 'Next attempt at' } },
          { name: 'leaseOwner', type: 'text', label: { vi: 'Tiến trình đang xử lý', en: 'Lease owner' } },
          { name: 'leaseUntil', type: 'date', label: { vi: 'Giữ đến', en: 'Lease until' } },
          { name: 'finalCallAt', type: 'date', label: { vi: 'Gửi lệnh đăng lúc', en: 'Final call sent at' } },
          {
            name: 'reconcileRetries',
            type: 'number',
            defaultValue: 0,
            label: { vi: 'Số lần đăng lại sau đối soát', en: 'Retries after reconciling' },
          },
        ],
      },
      ...metricsScheduleFields(),
    ],
  },
  { field: 'story', collection: 'stories' },
)
