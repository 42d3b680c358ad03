import { addDataAndFileToRequest, type APIError, type PayloadRequest, type Where } from 'payload'

import { relationId } from '../auth/actor'
import { incrementColumn } from '../db/increment'
import { inTransaction } from '../db/transaction'
import { cleanUploadedImage } from '../media/cleanUploadedImage'
import { MAX_UPLOAD_BYTES } from '../media/imageSettings'
import type { Id } from '../workflow/roles'
import { codeDigest, newConfirmationCode } from './confirmation'
import { type CleanEntry, checkEntryForm, type EntryForm } from './entryInput'
import { ContestRefusal } from './errors'
import { imageHash } from './imageHash'
import type { ContestKind, ContestStage } from './labels'
import { addressOf, withinLimit } from './limits'

export interface PublicContest {
  id: Id
  page: Id | null
  slug: string
  title: string
  kind: ContestKind
  eligibility: 'members' | 'public'
  stage: ContestStage
  opensAt: string
  closesAt: string
  entriesPerPerson: number
  maxPhotos: number
  maxWords: number | null
}

type UploadedFile = NonNullable<PayloadRequest['file']>

/** A contest by its slug, with only what the public side needs. */
export const contestBySlug = async (req: Pick<PayloadRequest, 'payload'>, slug: unknown) => {
  if (typeof slug !== 'string' || !/^[a-z0-9-]{1,100}$/.test(slug)) return null
  const { docs } = await req.payload.find({
    collection: 'contests',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const doc = docs[0] as unknown as (PublicContest & { page?: unknown }) | undefined
  return doc ? ({ ...doc, page: relationId(doc.page as never) } as PublicContest) : null
}

/** Whether entries are taken at this instant: the contest is open and its closing time has not come. */
export const refuseUnlessTaking = (contest: PublicContest, now: Date) => {
  if (contest.stage !== 'open' || new Date(contest.opensAt).getTime() > now.getTime()) {
    throw new ContestRefusal(contest.stage === 'draft' ? 'contest_not_open' : 'contest_closed', 409)
  }
  if (new Date(contest.closesAt).getTime() <= now.getTime()) throw new ContestRefusal('contest_closed', 409)
}

/** The photos of the form (field `photos`, one or many), as Payload's multipart reader left them. */
const photosOf = (req: PayloadRequest): UploadedFile[] => {
  const files = (req as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {}
  const given = files.photos ?? []
  return Array.isArray(given) ? given : [given]
}

/** Reads the multipart form; a body past the photo limits is refused before it is read. */
export const readEntryForm = async (req: PayloadRequest, maxPhotos: number) => {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > (maxPhotos + 1) * MAX_UPLOAD_BYTES) throw new ContestRefusal('request_too_large', 413)
  if (!(req.headers.get('content-type') ?? '').includes('multipart/form-data')) {
    throw new ContestRefusal('form_invalid', 400)
  }
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    if ((error as APIError).status === 413 || message === req.payload.config.upload?.responseOnLimit) {
      throw new ContestRefusal('request_too_large', 413)
    }
    throw new ContestRefusal('form_invalid', 400)
  }
  return { form: (req.data ?? {}) as EntryForm, photos: photosOf(req) }
}

/** The member this entrant is: the signed-in user's member record, or one with this phone or email in the page. */
const memberOf = async (req: PayloadRequest, contest: PublicContest, entry: CleanEntry): Promise<Id | null> => {
  const byContact: Where = entry.phone
    ? { phone: { in: [entry.phone, `+84${entry.phone.slice(1)}`, `84${entry.phone.slice(1)}`] } }
    : { email: { equals: entry.email } }
  const { docs } = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        { page: { equals: contest.page } },
        { active: { not_equals: false } },
        { or: [byContact, ...(req.user ? [{ user: { equals: req.user.id } }] : [])] },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { id: true },
  })
  return docs[0]?.id ?? null
}

const countByContact = async (req: PayloadRequest, contest: PublicContest, contactKey: string) =>
  (
    await req.payload.count({
      collection: 'contest-entries',
      where: {
        and: [
          { contest: { equals: contest.id } },
          { contactKey: { equals: contactKey } },
          { stage: { not_equals: 'withdrawn' } },
        ],
      },
      overrideAccess: true,
      req,
    })
  ).totalDocs

/** Cleans and stores each photo through the media pipeline, with its perceptual hash. */
const storePhotos = async (req: PayloadRequest, contest: PublicContest, entry: CleanEntry, photos: UploadedFile[]) => {
  const cleaned: UploadedFile[] = []
  // Every photo is checked before any is stored: a bad third photo leaves nothing behind.
  for (const photo of photos) cleaned.push(await cleanUploadedImage(req, photo))
  const hashes = await Promise.all(cleaned.map((file) => imageHash(file.data)))
  const ids: Id[] = []
  try {
    for (const [index, file] of cleaned.entries()) {
      const media = await req.payload.create({
        collection: 'media',
        data: { caption: `${entry.title} (${index + 1})`, credit: entry.name, page: contest.page } as never,
        file,
        overrideAccess: true,
        depth: 0,
      })
      ids.push(media.id)
    }
  } catch (error) {
    await removeMedia(req, ids)
    throw error
  }
  return { ids, hashes }
}

const removeMedia = async (req: PayloadRequest, ids: Id[]) => {
  if (ids.length === 0) return
  await req.payload.delete({ collection: 'media', where: { id: { in: ids } }, overrideAccess: true })
}

/**
 * Flags the new entry as sharing a photo hash with earlier entries of the contest. Only the new entry
 * is written (no other entry's row is touched, so entries arriving together never wait on each
 * other); the moderation queue shows the flag on both sides.
 */
const flagDuplicates = async (req: PayloadRequest, contest: PublicContest, id: Id, hashes: string[]) => {
  if (hashes.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'contest-entries',
    where: { and: [{ contest: { equals: contest.id } }, { id: { not_equals: id } }] },
    select: { imageHashes: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const sharing = docs.filter((doc) =>
    ((doc as { imageHashes?: unknown }).imageHashes as string[] | null)?.some?.((hash) => hashes.includes(hash)),
  )
  if (sharing.length === 0) return
  await req.payload.update({
    collection: 'contest-entries',
    id,
    data: { duplicateOf: sharing.map((doc) => doc.id) } as never,
    overrideAccess: true,
    depth: 0,
  })
}

export interface SubmittedEntry {
  id: Id
  number: number
  code: string
  email: string | null
  contestTitle: string
}

/**
 * One entry through the public form: rate limits, the contest taking entries at this instant, the
 * form's checks, eligibility, the photos through the media pipeline; then, in one transaction, the
 * contest's next entry number (its row stays locked until commit, so two entries of one person at
 * once are counted one after the other) and the per-person limit.
 */
export const submitEntry = async (
  req: PayloadRequest,
  slug: unknown,
  now = () => new Date(),
): Promise<SubmittedEntry> => {
  if (!(await withinLimit('entry:address', addressOf(req)))) throw new ContestRefusal('too_many_requests', 429)
  const contest = await contestBySlug(req, slug)
  if (!contest) throw new ContestRefusal('contest_not_found', 404)
  refuseUnlessTaking(contest, now())
  const { form, photos } = await readEntryForm(req, contest.maxPhotos ?? 5)
  const checked = checkEntryForm(form, photos.length, {
    kind: contest.kind,
    maxPhotos: contest.maxPhotos ?? 5,
    maxWords: contest.maxWords ?? null,
  })
  if (!checked.ok) throw new ContestRefusal(checked.code, 400)
  const entry = checked.entry
  if (!(await withinLimit('entry:contact', entry.contactKey))) throw new ContestRefusal('too_many_requests', 429)
  const member = await memberOf(req, contest, entry)
  if (contest.eligibility === 'members' && member === null) throw new ContestRefusal('members_only', 403)
  if ((await countByContact(req, contest, entry.contactKey)) >= (contest.entriesPerPerson ?? 1)) {
    throw new ContestRefusal('entry_limit', 409)
  }

  const { ids: photoIds, hashes } = await storePhotos(req, contest, entry, photos)
  const code = newConfirmationCode()
  let created: { id: Id; number: number }
  try {
    created = await inTransaction(req.payload, async (tx) => {
      const number = await incrementColumn(
        req.payload,
        { collection: 'contests', id: contest.id, field: 'lastEntryNumber', expect: { stage: 'open' } },
        tx,
      )
      if (number === null) throw new ContestRefusal('contest_closed', 409)
      // Checked again at the instant of writing: the closing time may have come while photos were worked on.
      refuseUnlessTaking(contest, now())
      if ((await countByContact(tx, contest, entry.contactKey)) >= (contest.entriesPerPerson ?? 1)) {
        throw new ContestRefusal('entry_limit', 409)
      }
      const doc = await req.payload.create({
        collection: 'contest-entries',
        data: {
          contest: contest.id,
          page: contest.page,
          number,
          title: entry.title,
          story: entry.story,
          text: entry.text,
          link: entry.link,
          photos: photoIds,
          member,
          entrant: { name: entry.name, phone: entry.phone, email: entry.email, place: entry.place },
          contactKey: entry.contactKey,
          consentRules: true,
          consentPublication: true,
          confirmationCode: codeDigest(code),
          imageHashes: hashes,
          stage: 'submitted',
          votes: 0,
        } as never,
        overrideAccess: true,
        depth: 0,
        req: tx,
      })
      return { id: doc.id, number }
    })
  } catch (error) {
    await removeMedia(req, photoIds)
    throw error
  }
  await flagDuplicates(req, contest, created.id, hashes)
  return { ...created, code, email: entry.email, contestTitle: contest.title }
}
