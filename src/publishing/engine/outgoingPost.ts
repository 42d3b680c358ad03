import path from 'node:path'

import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'
import { encryptionSecret, open } from '../../security/secretBox'
import type { Id } from '../../workflow/roles'
import type { OutgoingPost } from '../adapters/types'
import { buildPostMessage, publicationMarker } from '../message'

type MediaDoc = {
  filename?: string | null
  mimeType?: string | null
  credit?: string | null
  sizes?: { fanpage?: { filename?: string | null; mimeType?: string | null } | null } | null
}

const mediaDir = (payload: Payload) => {
  const staticDir = payload.collections.media?.config.upload?.staticDir ?? 'media'
  return path.isAbsolute(staticDir) ? staticDir : path.resolve(process.cwd(), staticDir)
}

const creditLine = (photos: MediaDoc[]) => {
  const credits = [...new Set(photos.map((photo) => photo.credit?.trim()).filter(Boolean))]
  return credits.length > 0 ? `Ảnh: ${credits.join(', ')}` : null
}

/**
 * Builds what a channel sends from the stored story. The story is frozen from approval on, so this is
 * exactly the approved version, read at sending time.
 */
export const loadOutgoingPost = async (payload: Payload, publication: { id: Id; story: unknown; channel: unknown }): Promise<OutgoingPost> => {
  const story = await payload.findByID({ collection: 'stories', id: relationId(publication.story as never)!, depth: 1 })
  const channel = await payload.findByID({
    collection: 'channels',
    id: relationId(publication.channel as never)!,
    depth: 0,
    showHiddenFields: true,
  })
  const area = story.area && typeof story.area === 'object' ? story.area : null
  const photos = ((story.photos ?? []) as unknown[]).filter((photo): photo is MediaDoc => typeof photo === 'object' && photo !== null)
  const dir = mediaDir(payload)
  const sealed = (channel as { accessTokenSealed?: string | null }).accessTokenSealed

  return {
    publicationId: publication.id,
    storyId: story.id,
    message: buildPostMessage({
      title: story.title,
      body: story.body,
      hashtags: (area?.hashtags ?? '').split(/\s+/).filter(Boolean),
      credit: creditLine(photos),
      marker: publicationMarker(publication.id),
    }),
    photos: photos.map((photo) => {
      const best = photo.sizes?.fanpage?.filename ? photo.sizes.fanpage : photo
      return {
        path: path.join(dir, best.filename ?? ''),
        filename: best.filename ?? 'anh.jpg',
        mimeType: best.mimeType ?? photo.mimeType ?? 'image/jpeg',
      }
    }),
    channel: {
      id: channel.id,
      pageId: channel.pageId,
      accessToken: sealed ? open(sealed, encryptionSecret(payload.secret)) : null,
    },
  }
}
