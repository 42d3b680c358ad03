import type { CollectionConfig, Field } from 'payload'

import { canChangeMedia } from '../access/canChangeMedia'
import { canCreateMedia } from '../access/canCreateMedia'
import { canReadMedia } from '../access/canReadMedia'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdminField } from '../access/isAdmin'
import { normalizeUploadedImage } from '../hooks/media/normalizeUploadedImage'
import { recordPhotoEditor } from '../hooks/media/recordPhotoEditor'
import { recordUploader } from '../hooks/media/recordUploader'
import { beginTransactionLate } from '../hooks/media/beginTransactionLate'
import { CONFIRM_FROZEN_CHANGE, refuseFrozenMediaChange } from '../hooks/media/refuseFrozenMediaChange'
import { skipUsageJoins } from '../hooks/media/skipUsageJoins'
import { mediaDir } from '../src/media/mediaDir'
import { answerMissingFile } from '../src/media/missingFile'
import { createMediaEndpoint } from '../src/endpoints/createMedia'
import { IMAGE_SIZES } from '../src/media/imageSettings'
import { MEDIA_USES } from '../src/media/usage'
import { belongsToPage } from './fields/belongsToPage'

const never = () => false

/** Which stories use the photo: for the access rule to query, never shown nor filled in. */
const usageJoins: Field[] = Object.entries(MEDIA_USES).map(([name, on]) => ({
  name,
  type: 'join',
  collection: 'stories',
  on,
  access: { read: never },
  admin: { disabled: true },
}))

export const Media: CollectionConfig = belongsToPage({
  slug: 'media',
  labels: { singular: { vi: 'Ảnh', en: 'Photo' }, plural: { vi: 'Thư viện ảnh', en: 'Photos' } },
  admin: {
    useAsTitle: 'caption',
    defaultColumns: ['filename', 'caption', 'credit', 'createdAt'],
    // The photo library is for who writes and uploads; the duty team meets photos only in stories.
    hidden: hiddenFromAllBut(['collaborator', 'editor', 'board', 'admin']),
  },
  access: { create: canCreateMedia, read: canReadMedia, update: canChangeMedia, delete: canChangeMedia },
  endpoints: [createMediaEndpoint],
  hooks: {
    beforeOperation: [refuseFrozenMediaChange, normalizeUploadedImage, skipUsageJoins],
    beforeChange: [beginTransactionLate, recordUploader],
    afterChange: [recordPhotoEditor],
  },
  upload: {
    // Payload resolves a relative staticDir against process.cwd(); resolving it once here makes the
    // location explicit, and MEDIA_DIR lets tests (or a Docker volume) keep uploads out of the checkout.
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    adminThumbnail: 'thumbnail',
    handlers: [answerMissingFile],
    focalPoint: true,
    crop: false,
    withMetadata: false,
    pasteURL: false,
    // Stored files are re-encoded images, but files written before that (or by hand) must never be
    // sniffed into HTML by a browser opening them from the API's origin.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
    imageSizes: IMAGE_SIZES,
  },
  fields: [
    { name: 'caption', type: 'text', required: true, label: { vi: 'Chú thích ảnh', en: 'Caption' } },
    { name: 'credit', type: 'text', required: true, label: { vi: 'Tác giả ảnh', en: 'Photo credit' } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người tải lên', en: 'Uploaded by' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Not stored: an admin ticks it to change a photo that an approved story uses.
      name: CONFIRM_FROZEN_CHANGE,
      type: 'checkbox',
      virtual: true,
      label: { vi: 'Xác nhận sửa ảnh của bài đã duyệt', en: 'Confirm changing a photo of an approved story' },
      access: { read: isAdminField, create: never, update: isAdminField },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.id),
        description: {
          vi: 'Chỉ quản trị viên. Bài đã duyệt vẫn đăng đúng ảnh như lúc duyệt.',
          en: 'Admins only. Approved stories still go out with the photo as approved.',
        },
      },
    },
    ...usageJoins,
  ],
})
