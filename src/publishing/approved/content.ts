// What the board approved, as it goes out: the story's text, its area's hashtags and its photos.
// Pure: no Payload, no disk, so the snapshot taken at approval and the fallback for stories approved
// before snapshots existed are built by the same code.
import type { Id } from '../../workflow/roles'
import { sourceCredit } from '../../workflow/sharing'

/** One photo of a post: the file that is sent and shown, and what is said about it. */
export interface ApprovedPhoto {
  /** The media document it came from; that document may have changed or gone since. */
  media: Id | null
  caption: string
  credit: string
  width: number | null
  height: number | null
  mimeType: string
  /** The name the file is sent to Facebook under. */
  filename: string
  /** The file, relative to the media folder: the copy kept at approval, or the media's own file. */
  file: string
  /** SHA-256 (hex) of the kept copy, which is also its name; null for the media's own file. */
  sha256: string | null
}

export interface ApprovedContent {
  version: 1
  title: string
  summary: string | null
  body: unknown
  format: string
  falseClaim: { text: string | null; link: string | null } | null
  officialSources: { url: string; title: string | null }[]
  /** The area's hashtags as they were at approval. */
  hashtags: string[]
  photos: ApprovedPhoto[]
  /** A shared story's credit line, "Nguồn: <page> — <author>" (src/sharing); absent otherwise. */
  source?: string | null
}

/** A stored file of a media document: the original or one of its sizes. */
export interface StoredFile {
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
}

export interface MediaDoc extends StoredFile {
  id: Id
  caption?: string | null
  credit?: string | null
  sizes?: { fanpage?: StoredFile | null } | null
}

/** A story as stored, with its area and photos populated. */
export interface StoryDoc {
  title?: string | null
  summary?: string | null
  body?: unknown
  format?: string | null
  falseClaim?: { text?: string | null; link?: string | null } | null
  officialSources?: { url?: string | null; title?: string | null }[] | null
  area?: { hashtags?: string | null } | Id | null
  photos?: unknown[] | null
  approvedContent?: unknown
  origin?: { pageName?: string | null; authorName?: string | null } | null
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const dimension = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null)

/** The files a post may use for a photo, best first: the `fanpage` size, then the original. */
export const postableFiles = (media: MediaDoc): StoredFile[] =>
  [media.sizes?.fanpage, media].filter((file): file is StoredFile => Boolean(file?.filename))

/** The story's photos that could be read, in posting order. */
export const photosOf = (story: StoryDoc): MediaDoc[] =>
  (story.photos ?? []).filter((photo): photo is MediaDoc => typeof photo === 'object' && photo !== null)

export const approvedPhoto = (
  media: MediaDoc,
  file: StoredFile,
  kept?: { file: string; sha256: string },
): ApprovedPhoto => ({
  media: media.id,
  caption: text(media.caption),
  credit: text(media.credit),
  width: dimension(file.width),
  height: dimension(file.height),
  mimeType: file.mimeType ?? media.mimeType ?? 'image/jpeg',
  filename: text(file.filename),
  file: kept?.file ?? text(file.filename),
  sha256: kept?.sha256 ?? null,
})

export const approvedContent = (story: StoryDoc, photos: ApprovedPhoto[]): ApprovedContent => {
  const area = story.area && typeof story.area === 'object' ? story.area : null
  return {
    version: 1,
    title: text(story.title),
    summary: text(story.summary) || null,
    body: story.body ?? null,
    format: text(story.format) || 'news',
    falseClaim: story.falseClaim ? { text: story.falseClaim.text ?? null, link: story.falseClaim.link ?? null } : null,
    officialSources: (story.officialSources ?? [])
      .filter((source) => source.url)
      .map((source) => ({ url: text(source.url), title: source.title ?? null })),
    hashtags: text(area?.hashtags).split(/\s+/).filter(Boolean),
    photos,
    ...(story.origin?.pageName ? { source: sourceCredit(story.origin.pageName, story.origin.authorName) } : {}),
  }
}

/** What was kept at approval, if anything (stories approved before snapshots existed have nothing). */
export const keptContent = (story: StoryDoc): ApprovedContent | null => {
  const kept = story.approvedContent as Partial<ApprovedContent> | null | undefined
  return kept?.version === 1 && Array.isArray(kept.photos) ? (kept as ApprovedContent) : null
}
