import path from 'node:path'

import type { Payload } from 'payload'

import { relationId } from '../../auth/actor'
import { encryptionSecret, open } from '../../security/secretBox'
import type { Id } from '../../workflow/roles'
import type { OutgoingPost } from '../adapters/types'
import { buildPostMessage, lexicalToPlainText, publicationMarker } from '../message'

type MediaDoc = {
  filename?: string | null
  mimeType?: string | null
  credit?: string | null
  sizes?: { fanpage?: { filename?: string | null; mimeType?: string | null } | null } | null
}

const mediaDir = (payload: Payload) => payload.collections.media!.config.upload.staticDir!

type Source = { url?: string | null; title?: string | null }

/** The fields of a story a post is built from, with its area and photos populated. */
interface StoryToSend {
  id: Id
  title: string
  body?: unknown
  format?: string | null
  officialSources?: Source[] | null
  area?: { hashtags?: string | null } | Id | null
  photos?: unknown[] | null
}

/** A rebuttal carries the official sources that prove the claim false, after its text. */
const bodyWithSources = (body: unknown, sources: Source[] | null | undefined) => {
  const lines = (sources ?? [])
    .filter((source) => source.url)
    .map((source) => `• ${source.title ? `${source.title}: ` : ''}${source.url}`)
  const text = lexicalToPlainText(body)
  return lines.length > 0 ? [text, `Nguồn chính thức:\n${lines.join('\n')}`].filter(Boolean).join('\n\n') : text
}

const creditLine = (photos: MediaDoc[]) => {
  const credits = [...new Set(photos.map((photo) => photo.credit?.trim()).filter(Boolean))]
  return credits.length > 0 ? `Ảnh: ${credits.join(', ')}` : null
}

/**
 * Builds what a channel sends from the stored story. The story is frozen from approval on, so this is
 * exactly the approved version, read at sending time.
 */
export const loadOutgoingPost = async (
  payload: Payload,
  publication: { id: Id; story: unknown },
  channel: { id: Id; pageId?: string | null },
): Promise<OutgoingPost> => {
  const story = (await payload.findByID({
    collection: 'stories',
    id: relationId(publication.story as never)!,
    depth: 1,
    select: { title: true, body: true, format: true, officialSources: true, area: true, photos: true },
    populate: {
      areas: { hashtags: true },
      media: { filename: true, mimeType: true, credit: true, sizes: true },
    },
  })) as unknown as StoryToSend
  const area = story.area && typeof story.area === 'object' ? story.area : null
  const photos = (story.photos ?? []).filter((photo): photo is MediaDoc => typeof photo === 'object' && photo !== null)
  const dir = mediaDir(payload)
  const sealed = (channel as { accessTokenSealed?: string | null }).accessTokenSealed

  return {
    publicationId: publication.id,
    storyId: story.id,
    message: buildPostMessage({
      title: story.title,
      body: bodyWithSources(story.body, story.format === 'rebuttal' ? story.officialSources : null),
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
