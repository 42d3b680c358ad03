import type { Field, FieldAccess } from 'payload'

import { OFFER_STATES } from '../workflow/sharing'

const serverOnly: FieldAccess = () => false
const serverSet = { create: serverOnly, update: serverOnly }

/**
 * A shared story's credits, set by the share endpoint only (`src/endpoints/shareStory.ts`): where it
 * came from and who shared it. Names are kept as text, as they were when it was shared: the readers
 * of one page may not read the other page, its story or its users.
 */
const origin: Field = {
  name: 'origin',
  type: 'group',
  label: { vi: 'Nguồn bài chia sẻ', en: 'Shared from' },
  access: serverSet,
  // Shown by the workflow panel (src/admin/sharing/), which every phone width fits.
  admin: { hidden: true },
  fields: [
    {
      name: 'direction',
      type: 'select',
      options: [
        { value: 'up', label: { vi: 'Từ trang cơ sở', en: 'From a grassroots page' } },
        { value: 'down', label: { vi: 'Từ trang huyện', en: 'From the district page' } },
      ],
    },
    { name: 'page', type: 'relationship', relationTo: 'pages', label: { vi: 'Trang nguồn', en: 'Source page' } },
    { name: 'pageName', type: 'text', label: { vi: 'Tên trang nguồn', en: 'Source page name' } },
    // The source story's id as text: it belongs to another page, which no link may point into.
    { name: 'story', type: 'text', index: true, label: { vi: 'Bài gốc', en: 'Source story' } },
    { name: 'authorName', type: 'text', label: { vi: 'Tác giả gốc', en: 'Original author' } },
    { name: 'sharedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người chia sẻ', en: 'Shared by' } },
    { name: 'sharedByName', type: 'text', label: { vi: 'Tên người chia sẻ', en: 'Shared by (name)' } },
    { name: 'sharedAt', type: 'date', label: { vi: 'Chia sẻ lúc', en: 'Shared at' } },
  ],
}

/** A district story offered to this page: its board accepts or declines it (`src/endpoints/shareOffer.ts`). */
const offer: Field = {
  name: 'offer',
  type: 'group',
  label: { vi: 'Bài trang huyện chia sẻ xuống', en: 'Offer from the district page' },
  access: serverSet,
  admin: { hidden: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      options: [
        { value: OFFER_STATES[0], label: { vi: 'Chờ Ban Biên tập trả lời', en: 'Waiting for the board' } },
        { value: OFFER_STATES[1], label: { vi: 'Đã nhận đăng', en: 'Accepted' } },
        { value: OFFER_STATES[2], label: { vi: 'Không nhận', en: 'Declined' } },
      ],
    },
    { name: 'publishAt', type: 'date', label: { vi: 'Trang huyện đăng lúc', en: 'District publish time' } },
  ],
}

/** The story fields sharing adds, in one place. */
export const sharingFields: Field[] = [origin, offer]

/** A history row of a share names the other page as it was then. */
export const historyOtherPage: Field = { name: 'otherPage', type: 'text' }
