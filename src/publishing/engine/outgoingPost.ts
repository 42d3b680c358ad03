import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'
import { encryptionSecret, open } from '../../security/secretBox'
import type { Id } from '../../workflow/roles'
import type { OutgoingPost } from '../adapters/types'
import { mediaStorageOf } from '../../media/storage/mediaStorage'
import { loadApprovedContents } from '../approved/snapshot'
import { postMessage, publicationMarker } from '../message'
import { postText } from '../postText'

/**
 * Builds what a channel sends from the content kept at the story's approval: its text and the
 * copies of its photos, whatever happened to the story or the media library since.
 */
export interface OutgoingChannel {
  id: Id
  facebookPageId?: string | null
  accessTokenSealed?: string | null
}

export const loadOutgoingPost = async (
  payload: Payload,
  publication: { id: Id; story: unknown },
  channel: OutgoingChannel,
): Promise<OutgoingPost> => {
  const storyId = relationId(publication.story as never)!
  const content = (await loadApprovedContents(payload, [storyId])).get(String(storyId))
  if (!content) throw new Error(`Story ${storyId} of publication ${publication.id} not found`)
  const storage = mediaStorageOf(payload)
  const sealed = channel.accessTokenSealed

  return {
    publicationId: publication.id,
    storyId,
    message: postMessage(postText(content), publicationMarker(publication.id)),
    photos: content.photos.map((photo) => ({
      read: async () => {
        const bytes = await storage.read(photo.file)
        if (!bytes) throw new Error(`The kept photo ${photo.file} is not in the media storage (${storage.location})`)
        return bytes
      },
      filename: photo.filename || 'anh.jpg',
      mimeType: photo.mimeType,
    })),
    channel: {
      id: channel.id,
      pageId: channel.facebookPageId,
      accessToken: sealed ? open(sealed, encryptionSecret(payload.secret)) : null,
    },
  }
}
