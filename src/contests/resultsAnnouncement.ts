import type { PayloadRequest } from 'payload'

import { relationId } from '../auth/actor'
import { richText } from '../seed/richText'
import type { EntryResult } from './results'
import type { ContestDoc, EntryDoc } from './scoringData'

/** The announcement's words: the prizes in order, each with the winner's name and the entry's title. */
export const announcementText = (contest: ContestDoc, winners: { entry: EntryDoc; result: EntryResult }[]) => {
  const title = `Công bố kết quả cuộc thi “${contest.title}”`
  const lines = [
    `Ban Tổ chức cuộc thi “${contest.title}” trân trọng công bố kết quả:`,
    ...winners.map(
      ({ entry, result }) =>
        `${result.prize}: ${entry.entrant?.name?.trim() || 'Tác giả'} — tác phẩm “${entry.title}” (số ${entry.number}).`,
    ),
    'Xin chúc mừng các tác giả đoạt giải và cảm ơn tất cả các bạn đã tham gia.',
  ]
  return { title, lines }
}

/**
 * The results announcement as a draft story of the contest's page, with the winners' photos, for the
 * normal approval path. Computing results again rewrites that draft; once the story has left the
 * draft stage it is the editors', and is left alone.
 */
export const draftAnnouncement = async (
  req: PayloadRequest,
  contest: ContestDoc,
  winners: { entry: EntryDoc; result: EntryResult }[],
) => {
  const { title, lines } = announcementText(contest, winners)
  const photos = winners.flatMap(({ entry }) => (entry.photos ?? []).slice(0, 1).map((photo) => relationId(photo)))
  const data = { title, body: richText(...lines), photos }
  const existing = relationId(contest.announcement)
  const common = { collection: 'stories' as const, depth: 0, overrideAccess: true, req }
  if (existing !== null) {
    const found = await req.payload.find({ ...common, where: { id: { equals: existing } }, limit: 1 })
    const story = found.docs[0] as { id: string | number; stage?: string } | undefined
    if (story?.stage === 'draft') await req.payload.update({ ...common, id: story.id, data: data as never })
    if (story) return story.id
  }
  const story = await req.payload.create({
    ...common,
    data: { ...data, page: relationId(contest.page), author: req.user?.id } as never,
  })
  await req.payload.update({
    collection: 'contests',
    id: contest.id,
    data: { announcement: story.id } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return story.id
}
