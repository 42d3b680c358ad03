import type { Payload } from 'payload'

import { relationId } from '../auth/actor'
import type { Id } from '../workflow/roles'
import type { EntryStage } from './labels'
import { PUBLIC_ENTRY_STAGES, votesOnSite } from './publicView'
import type { PublicContest } from './submitEntry'

/** An entry's work as the public and the moderators see it: never a phone, an email or a code. */
export interface EntryWork {
  id: string
  number: number
  title: string
  story: string
  text: string
  link: string | null
  author: string
  place: string
}

/** What the public contest page shows of an entry. */
export interface GalleryEntry extends EntryWork {
  photos: number
  votes: number
  prize: string | null
}

export interface ContestPage extends Omit<PublicContest, 'page'> {
  hashtag: string | null
  rulesText: string
  prizes: { name: string; count: number }[]
  votesOnSite: boolean
  /** One page of the gallery (`GALLERY_PAGE_SIZE` entries), by entry number. */
  entries: GalleryEntry[]
  totalEntries: number
  galleryPage: number
  galleryPages: number
}

/** A gallery page's entries: enough to browse on a phone, few enough to render quickly. */
export const GALLERY_PAGE_SIZE = 24

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The rules' text, one paragraph per block, for the page to render as plain text. */
export const rulesText = (rules: { root?: LexicalNode } | null | undefined): string => {
  const textOf = (node: LexicalNode): string =>
    node.type === 'linebreak' ? '\n' : (node.text ?? '') + (node.children ?? []).map(textOf).join('')
  return (rules?.root?.children ?? [])
    .map(textOf)
    .filter((block) => block.trim() !== '')
    .join('\n\n')
}

/** A contest's public page by slug: null for no contest or one still in draft. */
export const loadContestPage = async (payload: Payload, slug: string, galleryPage = 1): Promise<ContestPage | null> => {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'contests',
    where: { and: [{ slug: { equals: slug } }, { stage: { not_equals: 'draft' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const contest = docs[0] as unknown as Record<string, never> | undefined
  if (!contest) return null
  const entries = await payload.find({
    collection: 'contest-entries',
    where: { and: [{ contest: { equals: contest.id } }, { stage: { in: [...PUBLIC_ENTRY_STAGES] } }] },
    sort: 'number',
    depth: 0,
    limit: GALLERY_PAGE_SIZE,
    page: Number.isSafeInteger(galleryPage) && galleryPage > 0 ? galleryPage : 1,
    overrideAccess: true,
    select: {
      number: true,
      title: true,
      story: true,
      text: true,
      link: true,
      photos: true,
      votes: true,
      prize: true,
      stage: true,
      entrant: { name: true, place: true },
    },
  })
  const c = contest as unknown as ContestPage & {
    rules?: never
    prizes?: { name: string; count: number }[]
    channels?: unknown[]
  }
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    kind: c.kind,
    eligibility: c.eligibility,
    stage: c.stage,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    entriesPerPerson: c.entriesPerPerson ?? 1,
    maxPhotos: c.maxPhotos ?? 5,
    maxWords: c.maxWords ?? null,
    hashtag: c.hashtag ?? null,
    rulesText: rulesText(contest.rules),
    prizes: (c.prizes ?? []).map(({ name, count }) => ({ name, count })),
    votesOnSite: await votesOnSite(payload, c.channels),
    totalEntries: entries.totalDocs,
    galleryPage: entries.page ?? 1,
    galleryPages: Math.max(entries.totalPages, 1),
    entries: entries.docs.map((doc) => {
      const entry = doc as unknown as {
        id: Id
        number: number
        title: string
        story?: string
        text?: string
        link?: string
        photos?: unknown[]
        votes?: number
        prize?: string
        stage: EntryStage
        entrant?: { name?: string; place?: string }
      }
      return {
        id: String(entry.id),
        number: entry.number,
        title: entry.title,
        story: entry.story ?? '',
        text: entry.text ?? '',
        link: entry.link ?? null,
        author: entry.entrant?.name ?? '',
        place: entry.entrant?.place ?? '',
        photos: (entry.photos ?? []).length,
        votes: Number(entry.votes ?? 0),
        prize: entry.prize ?? null,
      }
    }),
  }
}

/**
 * The stored file of an entry's photo (`<entry id>-<n>`, n from 1), when the public may see it (the
 * entry is approved, posted or scored) or `staff` is true (its page's moderators, in the queue).
 */
export const entryPhotoFile = async (
  payload: Payload,
  slug: string,
  ref: string,
  staff: (page: Id | null) => boolean,
): Promise<{ filename: string; mimeType: string } | null> => {
  const split = ref.lastIndexOf('-')
  const [entryId, position] = [ref.slice(0, split), Number(ref.slice(split + 1))]
  if (split <= 0 || !/^[A-Za-z0-9_-]{1,40}$/.test(entryId) || !Number.isInteger(position) || position < 1) return null
  if (payload.db.defaultIDType === 'number' && !/^[1-9]\d{0,14}$/.test(entryId)) return null
  const { docs } = await payload.find({
    collection: 'contest-entries',
    where: { and: [{ id: { equals: entryId } }, { 'contest.slug': { equals: slug } }] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    select: { photos: true, stage: true, page: true },
  })
  const entry = docs[0] as unknown as { stage: EntryStage; page?: unknown; photos?: unknown[] } | undefined
  if (!entry) return null
  if (!PUBLIC_ENTRY_STAGES.includes(entry.stage) && !staff(relationId(entry.page as never))) return null
  const photo = entry.photos?.[position - 1] as
    { sizes?: { card?: { filename?: string } }; filename?: string; mimeType?: string } | undefined
  const filename = photo?.sizes?.card?.filename ?? photo?.filename
  return filename ? { filename, mimeType: photo?.mimeType ?? 'image/jpeg' } : null
}
